/**
 * Every text a person reads, in Simplified Chinese (the default) and English. The English table is
 * typed against the Chinese one, so a key missing in either language is a compile error.
 * `{name}` marks a parameter.
 */
export const zhCN = {
  // app frame
  'app.title': '二手车出口助手',
  'app.language': '语言',
  'nav.inventory': '车辆',
  // inventory
  'inventory.title': '待出口车辆',
  'inventory.add': '添加车辆',
  'inventory.empty': '还没有车辆。添加第一辆待出口车辆，或从表格导入。',
  'inventory.count': '共 {count} 辆',
  'inventory.added': '已添加车辆 {vin}',
  'vehicle.vin': '车辆识别代号 (VIN)',
  'vehicle.brand': '车辆品牌',
  'vehicle.model': '车辆型号',
  'vehicle.createdAt': '录入时间',
  'form.save': '保存',
  'form.cancel': '取消',
  // field problems
  'field.required': '必填',
  'field.tooLong': '不能超过 {max} 个字符',
  'field.invalid': '格式不正确',
  'vin.length': 'VIN 应为 17 位，当前 {length} 位',
  'vin.alphabet': 'VIN 不能包含字母 I、O、Q 或其他符号',
  'vin.checkDigit': 'VIN 校验位（第 9 位）应为 {expected}，请核对登记证书',
  'vin.didYouMean': '是否应为 {suggestion}？',
  // errors
  'error.INVALID_INPUT': '输入有误，请按提示修改后重试。',
  'error.UNKNOWN_OPERATION': '未知的操作：{operation}',
  'error.NOT_FOUND': '未找到：{what}',
  'error.DUPLICATE_VIN': 'VIN {vin} 已在库存中，不能重复录入。',
  'error.DB_NOT_SQLITE': '文件 {path} 不是 ExportDesk 数据库（不是 SQLite 文件）。文件未被改动。请选择正确的数据库文件。',
  'error.DB_TOO_NEW': '数据库 {path} 由更新版本的 ExportDesk 创建（结构版本 {found}，本程序支持到 {supported}）。文件未被改动。请升级 ExportDesk。',
  'error.DB_UNREADABLE': '无法打开数据库 {path}：{reason}。文件未被改动。',
  'error.CANCELLED': '操作已取消。',
  'error.UNAUTHORIZED': '访问令牌缺失或无效。请使用启动时打印的完整地址打开。',
  'error.INTERNAL': '程序内部错误，操作未完成，数据未改动。请重试；如再次出现，请在“设置”中复制诊断信息并联系技术支持。',
  // CLI
  'cli.usage': '用法错误：{detail}',
} as const;

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  'app.title': 'ExportDesk',
  'app.language': 'Language',
  'nav.inventory': 'Vehicles',
  'inventory.title': 'Vehicles awaiting export',
  'inventory.add': 'Add vehicle',
  'inventory.empty': 'No vehicles yet. Add the first vehicle awaiting export, or import a spreadsheet.',
  'inventory.count': '{count} vehicles',
  'inventory.added': 'Vehicle {vin} added',
  'vehicle.vin': 'VIN',
  'vehicle.brand': 'Brand',
  'vehicle.model': 'Model',
  'vehicle.createdAt': 'Added',
  'form.save': 'Save',
  'form.cancel': 'Cancel',
  'field.required': 'Required',
  'field.tooLong': 'At most {max} characters',
  'field.invalid': 'Not in the expected format',
  'vin.length': 'A VIN has 17 characters; this one has {length}',
  'vin.alphabet': 'A VIN never contains I, O, Q or symbols',
  'vin.checkDigit': 'The check digit (9th character) should be {expected}: compare with the registration certificate',
  'vin.didYouMean': 'Did you mean {suggestion}?',
  'error.INVALID_INPUT': 'Some input is not valid. Correct the marked fields and try again.',
  'error.UNKNOWN_OPERATION': 'Unknown operation: {operation}',
  'error.NOT_FOUND': 'Not found: {what}',
  'error.DUPLICATE_VIN': 'VIN {vin} is already in the inventory and cannot be added twice.',
  'error.DB_NOT_SQLITE': 'The file {path} is not an ExportDesk database (not a SQLite file). It was not changed. Choose the right database file.',
  'error.DB_TOO_NEW': 'The database {path} was made by a newer ExportDesk (schema version {found}; this app supports up to {supported}). It was not changed. Please update ExportDesk.',
  'error.DB_UNREADABLE': 'Cannot open the database {path}: {reason}. It was not changed.',
  'error.CANCELLED': 'The operation was cancelled.',
  'error.UNAUTHORIZED': 'The access token is missing or wrong. Open the full address printed at start-up.',
  'error.INTERNAL': 'Internal error: the operation did not complete and no data was changed. Try again; if it happens again, copy the diagnostics in Settings and contact support.',
  'cli.usage': 'Usage error: {detail}',
};

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const messages: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };
