import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { useTempFolder } from '../support/temp-folder';

const tempFolder = useTempFolder();

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'zh_CN.UTF-8' } });
  return { code, stdout, stderr };
}

describe('export-desk config: OCR options and the backup schedule', () => {
  it.each([
    ['ocr.workers', '3', 3],
    ['ocr.languages', 'chi_sim', 'chi_sim'],
    ['backup.schedule', 'weekly', 'weekly'],
    ['backup.keep', '14', 14],
  ])('config set %s %s is kept, and config get shows it', async (key, value, saved) => {
    const db = path.join(tempFolder(), 'inventory.sqlite');
    expect((await cli(['--db', db, 'config', 'set', key, value])).code).toBe(0);
    const shown = await cli(['--db', db, '--json', 'config', 'get', key]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual({ [key]: saved });
  });

  it.each([
    ['ocr.workers', '8', '请输入 1 到 4 之间的整数'],
    ['ocr.languages', 'jpn', 'chi_sim+eng | chi_sim | eng'],
    ['backup.schedule', 'monthly', 'daily | weekly | off'],
    ['backup.keep', '0', '请输入 1 到 90 之间的整数'],
  ])('config set %s %s exits 1 and says what is allowed, keeping the default', async (key, value, message) => {
    const db = path.join(tempFolder(), 'inventory.sqlite');
    const refused = await cli(['--db', db, 'config', 'set', key, value]);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain(message);
    const defaults = JSON.parse((await cli(['--db', db, '--json', 'config', 'list'])).stdout) as Record<string, unknown>;
    expect(defaults).toMatchObject({ 'ocr.workers': 2, 'ocr.languages': 'chi_sim+eng', 'backup.schedule': 'daily', 'backup.keep': 7 });
  });
});
