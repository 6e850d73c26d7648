import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/program';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { useTempFolder } from '../support/temp-folder';
import { testVin } from '../support/vins';

const tempFolder = useTempFolder();
const root = path.resolve(__dirname, '..', '..');

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: { LANG: 'zh_CN.UTF-8', ...env } });
  return { code, stdout, stderr };
}

describe('the export-desk CLI', () => {
  it.each([
    [[], 'Usage: export-desk'],
    [['info'], 'Usage: export-desk info'],
    [['vehicle'], 'Usage: export-desk vehicle'],
    [['vehicle', 'add'], 'Usage: export-desk vehicle add'],
    [['list'], 'Usage: export-desk list'],
  ])('prints help for %j with --help and exits 0', async (command, usage) => {
    const result = await cli([...command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(usage);
    expect(result.stdout).toContain('--help');
  });

  it.each([
    [['bogus']],
    [['list', '--bogus']],
    [['vehicle', 'add', '--vin']],
    [['vehicle', 'add', '--vin', 'X']],
    [['list', '--status', 'sold']],
    [['list', '--limit', 'many']],
    [['--lang', 'fr', 'list']],
    [['vehicle']],
  ])('exits 2 with usage for %j, touching no database', async (args) => {
    const folder = tempFolder();
    const result = await cli(['--db', path.join(folder, 'db.sqlite'), ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr + result.stdout).toMatch(/Usage|error/);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('adds and lists vehicles in the file named by --db, as a table or as JSON', async () => {
    const db = path.join(tempFolder(), 'inventory.sqlite');
    const vin = testVin(21);
    expect(await cli(['--db', db, 'vehicle', 'add', '--vin', vin, '--brand', '长城', '--model', 'CC6460RM01'])).toMatchObject({ code: 0, stdout: `${vin}\n` });
    const table = await cli(['--db', db, 'list']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`${vin}\\s+长城\\s+CC6460RM01\\s+在库`));
    expect(table.stdout).toContain('共 1 辆');
    const json = await cli(['list', '--db', db, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ total: 1, items: [{ vin, brand: '长城', model: 'CC6460RM01' }] });
    const added = await cli(['--json', '--db', db, 'vehicle', 'add', '--vin', testVin(22), '--brand', 'B', '--model', 'M']);
    expect(JSON.parse(added.stdout)).toMatchObject({ vin: testVin(22), status: 'in-stock' });
  });

  it('takes the database from EXPORT_DESK_DB when --db is absent', async () => {
    const db = path.join(tempFolder(), 'from-env.sqlite');
    await cli(['vehicle', 'add', '--vin', testVin(23), '--brand', 'B', '--model', 'M'], { EXPORT_DESK_DB: db });
    expect(fs.existsSync(db)).toBe(true);
    expect(JSON.parse((await cli(['--json', 'info'], { EXPORT_DESK_DB: db })).stdout)).toMatchObject({ databasePath: db, door: 'cli', schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it.each([
    ['zh-CN', 'VIN 校验位（第 9 位）应为 X'],
    ['en', 'The check digit (9th character) should be X'],
  ])('explains a bad VIN in %s and exits 1 with nothing written', async (lang, text) => {
    const db = path.join(tempFolder(), 'inventory.sqlite');
    const result = await cli(['--db', db, '--lang', lang, 'vehicle', 'add', '--vin', 'LSVAU2180N2183294', '--brand', 'B', '--model', 'M']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(text);
    expect(JSON.parse((await cli(['--db', db, '--json', 'list'])).stdout)).toMatchObject({ total: 0 });
  });

  it('reports a typed error as JSON with --json', async () => {
    const db = path.join(tempFolder(), 'inventory.sqlite');
    await cli(['--db', db, 'vehicle', 'add', '--vin', testVin(24), '--brand', 'B', '--model', 'M']);
    const again = await cli(['--db', db, '--json', 'vehicle', 'add', '--vin', testVin(24), '--brand', 'B', '--model', 'M']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ error: { code: 'DUPLICATE_VIN', message: { 'zh-CN': expect.any(String), en: expect.any(String) } } });
  });

  it('refuses a file that is not a database, in both languages, leaving it as it was', async () => {
    const file = path.join(tempFolder(), 'notes.sqlite');
    fs.writeFileSync(file, 'not a database');
    const result = await cli(['--db', file, '--lang', 'en', 'list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not an ExportDesk database');
    expect(fs.readFileSync(file, 'utf8')).toBe('not a database');
  });

  it('runs as a real process from the built bin with the same exit codes', () => {
    const bin = path.join(root, 'dist', 'electron', 'cli', 'main.js');
    const db = path.join(tempFolder(), 'inventory.sqlite');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8' });
    expect(fs.statSync(bin).mode & 0o111).not.toBe(0);
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    expect(run('--help').status).toBe(0);
    expect(run('nonsense').status).toBe(2);
    expect(run('vehicle', 'add', '--vin', 'SHORT', '--brand', 'B', '--model', 'M').status).toBe(1);
    expect(run('vehicle', 'add', '--vin', testVin(25), '--brand', 'B', '--model', 'M').status).toBe(0);
  });
});
