/** Texts of hardening: file checks, erasing a vehicle, diagnostics for support. The en table is typed against zh-CN. */
export const hardeningZh = {
  'file.pdfScript': '不含脚本的普通 PDF（此 PDF 含有 JavaScript 或自动运行的动作，出于安全原因不予保存；可打印后重新扫描）',
  'file.empty': '文件是空的（0 字节）',
  'file.tooManyPixels': '图片尺寸过大（超过 2.68 亿像素），无法放入申请材料；请以 300 DPI 重新扫描',
  'file.scanFormats': 'JPEG、PNG、TIFF 或 PDF 扫描件',
  'erase.done': '已彻底删除 {vin}（#{id}）及其 {files} 个附件文件',
  'erase.confirm': '彻底删除无法撤销：车辆、扫描件和附件都会被删除。确认请加 --yes。',
  'erase.auditNote': '已彻底删除（车辆数据和附件已清除）',
  'diagnostics.title': 'ExportDesk 诊断信息（不含个人信息）',
  'diagnostics.copy': '复制诊断信息',
  'diagnostics.copied': '诊断信息已复制（不含个人信息），可粘贴给技术支持',
  'diagnostics.copyByHand': '请复制以下诊断信息（不含个人信息）：',
} as const;

export const hardeningEn: Record<keyof typeof hardeningZh, string> = {
  'file.pdfScript': 'a plain PDF without scripts (this PDF carries JavaScript or actions that run on opening and is not kept, for safety; print and scan it again)',
  'file.empty': 'the file is empty (0 bytes)',
  'file.tooManyPixels': 'the image is too large (over 268 million pixels) to go into the application packet; scan it again at 300 DPI',
  'file.scanFormats': 'a JPEG, PNG, TIFF or PDF scan',
  'erase.done': 'Erased {vin} (#{id}) and {files} attached files for good',
  'erase.confirm': 'Erasing cannot be undone: the vehicle, its scans and attachments are removed. Add --yes to confirm.',
  'erase.auditNote': 'erased for good (vehicle data and attachments removed)',
  'diagnostics.title': 'ExportDesk diagnostics (no personal data)',
  'diagnostics.copy': 'Copy diagnostics',
  'diagnostics.copied': 'Diagnostics copied (no personal data); paste them for support',
  'diagnostics.copyByHand': 'Copy these diagnostics (no personal data):',
} as const;
