/**
 * Names as printed on certificates, for checking what OCR read: an exact match makes a reading
 * trustworthy, a near miss of exactly one name is corrected (and marked for checking), anything else
 * is kept as read and marked. Not a closed list: unknown brands are common and are never refused.
 */
export interface MakerEntry {
  manufacturer: string;
  brands: string[];
  /** The enterprise code that starts its model numbers (GB/T 9417), e.g. SVW7141BPD. */
  modelPrefixes: string[];
}

export const MAKERS: MakerEntry[] = [
  { manufacturer: '上汽大众汽车有限公司', brands: ['大众汽车', '斯柯达'], modelPrefixes: ['SVW'] },
  { manufacturer: '一汽-大众汽车有限公司', brands: ['大众汽车', '奥迪', '捷达'], modelPrefixes: ['FV'] },
  { manufacturer: '比亚迪汽车工业有限公司', brands: ['比亚迪'], modelPrefixes: ['BYD'] },
  { manufacturer: '比亚迪汽车有限公司', brands: ['比亚迪'], modelPrefixes: ['BYD', 'QCJ'] },
  { manufacturer: '华晨宝马汽车有限公司', brands: ['宝马'], modelPrefixes: ['BMW'] },
  { manufacturer: '广汽丰田汽车有限公司', brands: ['丰田'], modelPrefixes: ['GTM'] },
  { manufacturer: '一汽丰田汽车有限公司', brands: ['丰田'], modelPrefixes: ['CA', 'TV'] },
  { manufacturer: '广汽本田汽车有限公司', brands: ['本田'], modelPrefixes: ['GHA'] },
  { manufacturer: '东风本田汽车有限公司', brands: ['本田'], modelPrefixes: ['DHW'] },
  { manufacturer: '长城汽车股份有限公司', brands: ['哈弗', '长城', '魏牌', '坦克', '欧拉'], modelPrefixes: ['CC'] },
  { manufacturer: '重庆长安汽车股份有限公司', brands: ['长安', '深蓝', '阿维塔'], modelPrefixes: ['SC'] },
  { manufacturer: '上汽通用汽车有限公司', brands: ['别克', '雪佛兰', '凯迪拉克'], modelPrefixes: ['SGM'] },
  { manufacturer: '浙江吉利汽车有限公司', brands: ['吉利'], modelPrefixes: ['MR', 'JL'] },
  { manufacturer: '东风汽车有限公司', brands: ['日产', '启辰'], modelPrefixes: ['DFL'] },
  { manufacturer: '北京奔驰汽车有限公司', brands: ['奔驰'], modelPrefixes: ['BJ'] },
  { manufacturer: '北京现代汽车有限公司', brands: ['现代'], modelPrefixes: ['BH'] },
  { manufacturer: '特斯拉（上海）有限公司', brands: ['特斯拉'], modelPrefixes: ['TSL'] },
  { manufacturer: '上汽通用五菱汽车股份有限公司', brands: ['五菱', '宝骏'], modelPrefixes: ['LZW'] },
  { manufacturer: '广汽乘用车有限公司', brands: ['传祺', '埃安'], modelPrefixes: ['GAC'] },
  { manufacturer: '奇瑞汽车股份有限公司', brands: ['奇瑞', '星途'], modelPrefixes: ['SQR'] },
  { manufacturer: '东风日产乘用车公司', brands: ['日产'], modelPrefixes: ['DFL'] },
  { manufacturer: '长安福特汽车有限公司', brands: ['福特'], modelPrefixes: ['CAF'] },
  { manufacturer: '东风悦达起亚汽车有限公司', brands: ['起亚'], modelPrefixes: ['YQZ'] },
  { manufacturer: '神龙汽车有限公司', brands: ['东风雪铁龙', '东风标致'], modelPrefixes: ['DC'] },
  { manufacturer: '理想汽车有限公司', brands: ['理想'], modelPrefixes: ['LXA'] },
];

export const BRANDS = [...new Set(MAKERS.flatMap((maker) => maker.brands))];
export const MANUFACTURERS = MAKERS.map((maker) => maker.manufacturer);

/** GA 802 vehicle types most often exported. */
export const VEHICLE_TYPES = [
  '小型轿车', '微型轿车', '中型轿车', '大型轿车', '小型普通客车', '小型越野客车', '小型专用客车', '微型普通客车',
  '中型普通客车', '大型普通客车', '轻型厢式货车', '轻型普通货车', '重型半挂牵引车', '重型厢式货车', '中型厢式货车',
];

export const COLORS = ['白', '灰', '黄', '粉', '红', '紫', '绿', '蓝', '棕', '黑', '银', '橙', '金'];

export const FUEL_TYPES = ['汽油', '柴油', '电', '汽油/电', '柴油/电', '天然气', '液化石油气', '汽油/天然气', '氢', '甲醇'];

export const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
