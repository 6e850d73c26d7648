/** Texts of the spreadsheet area, in zh-CN and en; the en table is typed against the zh-CN one. */
export const spreadsheetZh = {
  // Warnings of readSpreadsheet (the warning code is the key).
  'spreadsheet.mergedCells': '合并单元格 {range}：只读取左上角单元格的值，其余单元格按空白处理。请取消合并并逐行填写。',
  'spreadsheet.formulaNoResult': '单元格 {cell} 的公式没有计算结果，按空白处理。请在 Excel 中打开并保存后再导入。',
  'spreadsheet.errorCell': '单元格 {cell} 是错误值 {error}，按空白处理。',
  'spreadsheet.titleRowSkipped': '第 {rowNumber} 行（{text}）是标题，不是表头，已跳过。',
  'spreadsheet.otherSheetsIgnored': '只读取了工作表“{sheet}”，其他有数据的工作表（{others}）未读取。',
  'spreadsheet.unclosedQuote': '第 {rowNumber} 行的引号没有闭合，之后的内容都被读入了同一个单元格。请检查文件。',
  // Cell problems of rowToVehicleInput.
  'spreadsheet.numberInvalid': '{value} 不是有效的数字',
  'spreadsheet.booleanInvalid': '应填“是”或“否”（{value} 无法识别）',
  // Errors with a text of their own, or the parts that fill an error's text.
  'spreadsheet.tooManyRows': '表格 {file} 的数据行超过 {maxRows} 行。请拆分后分批导入。',
  'spreadsheet.expectedFormats': 'Excel 工作簿（.xlsx）或 CSV 文件（.csv）',
  'spreadsheet.expectedNotLegacyXls': 'Excel 工作簿（.xlsx）或 CSV 文件（.csv）。这是旧版 .xls 文件：请在 Excel 中“另存为 Excel 工作簿 (.xlsx)”',
  'spreadsheet.reason.zipBomb': '解压后会有 {sizeMb} MB（压缩比 {ratio}:1），远超正常表格，疑似恶意压缩文件，已拒绝打开',
  'spreadsheet.reason.zipSizeLie': '其中的内容解压后比它声明的大小还大，这是恶意压缩文件（zip bomb）的手法，已拒绝打开',
  'spreadsheet.reason.zipDamaged': 'XLSX 文件的压缩结构损坏或不完整',
  'spreadsheet.reason.workbookDamaged': '工作簿内容无法解析',
  'spreadsheet.reason.encrypted': '文件设有打开密码。请在 Excel 中取消密码后重新保存',
} as const;

export const spreadsheetEn: Record<keyof typeof spreadsheetZh, string> = {
  'spreadsheet.mergedCells': 'Merged cells {range}: only the top-left cell is read; the others count as blank. Unmerge them and fill in every row.',
  'spreadsheet.formulaNoResult': 'The formula in cell {cell} has no calculated result, so it counts as blank. Open and save the file in Excel, then import again.',
  'spreadsheet.errorCell': 'Cell {cell} holds the error {error}, so it counts as blank.',
  'spreadsheet.titleRowSkipped': 'Row {rowNumber} ({text}) is a title, not the header row, and was skipped.',
  'spreadsheet.otherSheetsIgnored': 'Only the sheet “{sheet}” was read; the other sheets with data ({others}) were not.',
  'spreadsheet.unclosedQuote': 'A quote opened in row {rowNumber} is never closed, so everything after it was read into one cell. Check the file.',
  'spreadsheet.numberInvalid': '{value} is not a number',
  'spreadsheet.booleanInvalid': 'Should be yes or no ({value} is not recognised)',
  'spreadsheet.tooManyRows': 'The spreadsheet {file} has more than {maxRows} data rows. Split it and import in parts.',
  'spreadsheet.expectedFormats': 'an Excel workbook (.xlsx) or a CSV file (.csv)',
  'spreadsheet.expectedNotLegacyXls': 'an Excel workbook (.xlsx) or a CSV file (.csv). This is an old .xls file: in Excel, use Save As › Excel Workbook (.xlsx)',
  'spreadsheet.reason.zipBomb': 'it would expand to {sizeMb} MB (compression ratio {ratio}:1), far beyond any real spreadsheet, so it looks like a zip bomb and was refused',
  'spreadsheet.reason.zipSizeLie': 'its parts expand beyond the sizes it declares, which is how a zip bomb works, so it was refused',
  'spreadsheet.reason.zipDamaged': 'the XLSX file’s compressed structure is damaged or incomplete',
  'spreadsheet.reason.workbookDamaged': 'the workbook contents cannot be parsed',
  'spreadsheet.reason.encrypted': 'it is protected by a password. Remove the password in Excel and save it again',
};
