/** Texts of settings and batches, in zh-CN and en; the en table is typed against the zh-CN one. */
export const settingsZh = {
  'creditCode.length': '统一社会信用代码应为 18 位',
  'creditCode.alphabet': '统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z）',
  'creditCode.check': '统一社会信用代码校验位应为 {expected}，请核对营业执照',
  'batch.status.draft': '草稿',
  'batch.status.submitted': '已提交',
  'batch.status.licensed': '已获许可证',
  'batch.status.refused': '被退回',
  'batch.override': '强制加入（{reason}）',
  'batch.inOtherBatch': '已在批次 {reference} 中',
  'batch.licenceNumberRequired': '获得许可证时需填写许可证号',
} as const;

export const settingsEn: Record<keyof typeof settingsZh, string> = {
  'creditCode.length': 'A unified social credit code has 18 characters',
  'creditCode.alphabet': 'A unified social credit code holds digits and capitals only (never I, O, S, V or Z)',
  'creditCode.check': 'The check character should be {expected}: compare with the business licence',
  'batch.status.draft': 'Draft',
  'batch.status.submitted': 'Submitted',
  'batch.status.licensed': 'Licensed',
  'batch.status.refused': 'Refused',
  'batch.override': 'Added despite blockers ({reason})',
  'batch.inOtherBatch': 'Already in batch {reference}',
  'batch.licenceNumberRequired': 'Enter the licence number when the batch is licensed',
};
