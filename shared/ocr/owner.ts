/**
 * Owner cells read "name/ID type/ID number" (张伟/居民身份证/3301…). Only the name is kept: previous
 * owners' ID numbers are personal information (PIPL) and never leave this function.
 */
const ID_TYPES = ['居民身份证', '统一社会信用代码', '组织机构代码', '营业执照', '护照', '军官证', '身份证'];

export function ownerName(raw: string): string | null {
  let text = raw.replace(/\s+/g, '');
  // '/' is sometimes read as '|', '／' or 'l'.
  const separator = /[/／|丨]/.exec(text);
  if (separator) text = text.slice(0, separator.index);
  for (const idType of ID_TYPES) {
    const at = text.indexOf(idType);
    if (at > 0) text = text.slice(0, at);
  }
  // Whatever is left of an ID number (six or more digits or capitals in a row) goes too.
  text = text.replace(/[0-9A-Z]{6,}.*$/, '').replace(/^[^\u3400-\u9fffA-Za-z]+|[^\u3400-\u9fffA-Za-z）)]+$/g, '');
  return text.length > 0 ? text : null;
}

