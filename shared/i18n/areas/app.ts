/** Texts of the app area, in zh-CN and en; the en table is typed against the zh-CN one. */
export const appZh = {
  'app.title': '二手车出口助手',
  'app.language': '语言',
  'nav.inventory': '车辆',
  'cli.usage': '用法错误：{detail}',
} as const;

export const appEn: Record<keyof typeof appZh, string> = {
  'app.title': 'ExportDesk',
  'app.language': 'Language',
  'nav.inventory': 'Vehicles',
  'cli.usage': 'Usage error: {detail}',
};
