/** Texts of the overdue reminders (start-up list, in-app and desktop notifications, their setting), in zh-CN and en; en is typed against zh-CN. */
export const remindersZh = {
  'reminders.desktopTitle': '确认函已逾期',
  'reminders.desktopBody': '{manufacturer}，批次 {batch}：已等 {days} 个工作日',
  'reminders.desktopBodyNoBatch': '{manufacturer}：已等 {days} 个工作日',
  'reminders.desktopSummary': '{count} 份确认函申请已逾期：{manufacturers}',
  'reminders.startupTitle': '{count} 份确认函申请已逾期，请催办',
  'reminders.newTitle': '{count} 份确认函申请刚刚逾期',
  'reminders.item': '#{id} {manufacturer}（批次 {batch}）：已等 {days} 个工作日',
  'reminders.itemNoBatch': '#{id} {manufacturer}：已等 {days} 个工作日',
  'reminders.more': '……还有 {count} 份',
  'reminders.openBoard': '查看逾期确认函',
  'reminders.enableDesktop': '开启桌面提醒',
  'reminders.setting': '逾期桌面提醒',
  'reminders.settingHint': '确认函申请逾期时在电脑桌面弹出通知，每份只提醒一次。应用内提醒始终显示。',
  'reminders.blocked': '桌面通知已被系统或浏览器禁止。请在其通知设置中允许本应用。',
} as const;

export const remindersEn: Record<keyof typeof remindersZh, string> = {
  'reminders.desktopTitle': 'Confirmation request overdue',
  'reminders.desktopBody': '{manufacturer}, batch {batch}: waiting {days} working days',
  'reminders.desktopBodyNoBatch': '{manufacturer}: waiting {days} working days',
  'reminders.desktopSummary': '{count} confirmation requests are overdue: {manufacturers}',
  'reminders.startupTitle': '{count} confirmation request(s) overdue: chase them',
  'reminders.newTitle': '{count} confirmation request(s) just became overdue',
  'reminders.item': '#{id} {manufacturer} (batch {batch}): waiting {days} working days',
  'reminders.itemNoBatch': '#{id} {manufacturer}: waiting {days} working days',
  'reminders.more': '… and {count} more',
  'reminders.openBoard': 'Open overdue requests',
  'reminders.enableDesktop': 'Turn on desktop reminders',
  'reminders.setting': 'Desktop reminders for overdue requests',
  'reminders.settingHint': 'A desktop notification when a confirmation request becomes overdue, once per request. The in-app reminder always shows.',
  'reminders.blocked': 'Desktop notifications are blocked by the system or the browser. Allow them for this app in its notification settings.',
};
