/**
 * The comparison key of a manufacturer name as printed on certificates (制造厂名称): the same
 * company written with full-width letters, spaces or different dashes is one manufacturer.
 */
export function manufacturerKey(name: string): string {
  return name
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-‐‑–—·・.,，。()（）]/g, '')
    .toUpperCase();
}
