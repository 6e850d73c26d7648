/** How dropped files become certificates; the rule is explained on screen (stockIn.rule). */

/** At most this many files make one certificate (the contract's limit). */
export const MAX_PAGES = 4;

const SCAN = /\.(jpe?g|png|tiff?|bmp|webp|pdf)$/i;
/** "cert-7-p1.jpg" → stem "cert-7", page 1; "car_2.png" → "car", 2; "scan 第1页.jpg" → "scan", 1. */
const PAGE_SUFFIX = /^(.*?)[-_ ]+(?:p|page|第)?(\d{1,2})(?:页)?$/i;

export function isScan(name: string): boolean {
  return SCAN.test(name);
}

function stemOf(name: string): { stem: string; page: number } | null {
  const base = name.replace(/\.[^.]+$/, '');
  const match = PAGE_SUFFIX.exec(base);
  return match ? { stem: match[1]!.toLowerCase(), page: Number(match[2]) } : null;
}

/**
 * Files dropped together: up to four are the pages of one certificate (unless their names pair
 * them into several); more, or a folder, are paired by name and every unpaired file stands alone.
 */
export function groupFiles<F extends { name: string }>(files: F[], batch: boolean): F[][] {
  const scans = files.filter((file) => isScan(file.name));
  if (scans.length === 0) return [];
  const byName = pairByName(scans);
  if (!batch && scans.length <= MAX_PAGES && byName.length <= 1) return [scans];
  if (!batch && scans.length <= MAX_PAGES && byName.every((group) => group.length === 1)) return [scans];
  return byName;
}

function pairByName<F extends { name: string }>(files: F[]): F[][] {
  const groups = new Map<string, Array<{ file: F; page: number }>>();
  const alone: F[][] = [];
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true }))) {
    const parsed = stemOf(file.name);
    if (!parsed || parsed.page > MAX_PAGES) {
      alone.push([file]);
      continue;
    }
    const group = groups.get(parsed.stem) ?? [];
    group.push({ file, page: parsed.page });
    groups.set(parsed.stem, group);
  }
  const paired: F[][] = [];
  for (const group of groups.values()) {
    // A stem with a single page number, or too many files, is not a pair: each file alone.
    if (group.length === 1 || group.length > MAX_PAGES) for (const { file } of group) alone.push([file]);
    else paired.push(group.sort((a, b) => a.page - b.page).map(({ file }) => file));
  }
  return [...paired, ...alone].sort((a, b) => a[0]!.name.localeCompare(b[0]!.name, 'zh-CN', { numeric: true }));
}
