/**
 * Third-party software shipped in ExportDesk, with its licence, for the About screen. Listed by hand
 * (the renderer cannot read node_modules); test/unit/licences.test.ts checks every entry against
 * package.json and the package's own declared licence, so the list cannot drift silently.
 */
export interface Licence {
  /** The npm package, or null for parts that are not a package of their own. */
  package: string | null;
  name: string;
  licence: string;
  use: { 'zh-CN': string; en: string };
}

export const LICENCES: readonly Licence[] = [
  { package: '@embedpdf/fonts-sc', name: 'Noto Sans Hans (Noto Sans S Chinese)', licence: 'OFL-1.1', use: { 'zh-CN': '打印文件中的字体（SIL 开源字体许可 1.1）', en: 'Typeface of the printed documents (SIL Open Font License 1.1)' } },
  { package: 'electron', name: 'Electron', licence: 'MIT', use: { 'zh-CN': '桌面窗口', en: 'Desktop window' } },
  { package: 'react', name: 'React', licence: 'MIT', use: { 'zh-CN': '界面', en: 'User interface' } },
  { package: 'react-dom', name: 'React DOM', licence: 'MIT', use: { 'zh-CN': '界面', en: 'User interface' } },
  { package: 'antd', name: 'Ant Design', licence: 'MIT', use: { 'zh-CN': '界面组件', en: 'UI components' } },
  { package: '@ant-design/icons', name: 'Ant Design Icons', licence: 'MIT', use: { 'zh-CN': '图标', en: 'Icons' } },
  { package: 'zustand', name: 'Zustand', licence: 'MIT', use: { 'zh-CN': '界面状态', en: 'UI state' } },
  { package: 'dayjs', name: 'Day.js', licence: 'MIT', use: { 'zh-CN': '日期选择', en: 'Date pickers' } },
  { package: 'echarts', name: 'Apache ECharts', licence: 'Apache-2.0', use: { 'zh-CN': '图表', en: 'Charts' } },
  { package: 'better-sqlite3', name: 'better-sqlite3 (SQLite)', licence: 'MIT', use: { 'zh-CN': '本地数据库（SQLite 为公有领域）', en: 'Local database (SQLite itself is public domain)' } },
  { package: 'sharp', name: 'sharp (libvips)', licence: 'Apache-2.0', use: { 'zh-CN': '图片处理（libvips 为 LGPL-3.0）', en: 'Image processing (libvips is LGPL-3.0)' } },
  { package: 'tesseract.js', name: 'Tesseract.js', licence: 'Apache-2.0', use: { 'zh-CN': '证书文字识别', en: 'Certificate text recognition' } },
  { package: '@tesseract.js-data/chi_sim', name: 'Tesseract language data (chi_sim)', licence: 'MIT', use: { 'zh-CN': '中文识别数据（Apache-2.0 训练数据）', en: 'Chinese recognition data (Apache-2.0 trained data)' } },
  { package: '@tesseract.js-data/eng', name: 'Tesseract language data (eng)', licence: 'MIT', use: { 'zh-CN': '英文识别数据', en: 'English recognition data' } },
  { package: 'exceljs', name: 'ExcelJS', licence: 'MIT', use: { 'zh-CN': 'Excel 导入导出', en: 'Excel import and export' } },
  { package: 'pdf-lib', name: 'pdf-lib', licence: 'MIT', use: { 'zh-CN': '生成 PDF', en: 'PDF generation' } },
  { package: 'fontkit', name: 'fontkit', licence: 'MIT', use: { 'zh-CN': 'PDF 字体嵌入', en: 'Font embedding in PDFs' } },
  { package: 'zod', name: 'Zod', licence: 'MIT', use: { 'zh-CN': '数据校验', en: 'Data validation' } },
  { package: 'commander', name: 'Commander.js', licence: 'MIT', use: { 'zh-CN': '命令行', en: 'Command line' } },
];
