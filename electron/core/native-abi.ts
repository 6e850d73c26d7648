import fs from 'node:fs';

/**
 * The Node ABI (NODE_MODULE_VERSION) a native addon was built for, read from its
 * `node_register_module_vNNN` symbol; null for N-API addons, which have none.
 */
export function addonAbiVersion(file: string): number | null {
  const match = /node_register_module_v(\d+)/.exec(fs.readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}
