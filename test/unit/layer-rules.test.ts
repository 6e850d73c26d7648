import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
let eslint: ESLint;

async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layer rules in npm run lint', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';"],
    ['shared/domain/x.ts', "import path from 'path';"],
    ['shared/domain/x.ts', "import { app } from 'electron';"],
    ['shared/domain/x.ts', "import { openCore } from '../../electron/core/core';"],
    ['shared/domain/x.ts', "import { App } from '../../renderer/App';"],
    ['shared/domain/x.ts', "import { Button } from 'antd';"],
    ['shared/domain/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/screens/x.ts', "import { openCore } from '../../electron/core/core';"],
    ['renderer/screens/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/screens/x.ts', "import fs from 'node:fs';"],
    ['electron/core/x.ts', "import { app } from 'electron';"],
    ['electron/browser/x.ts', "import { BrowserWindow } from 'electron';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport const used = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ['shared/domain/x.ts', "import { z } from 'zod';"],
    ['shared/domain/x.ts', "import { checkVin } from './vin';"],
    ['shared/contract/x.ts', "import { checkVin } from '../domain/vin';"],
    ['renderer/screens/x.ts', "import { contract } from '../../shared/contract/operations';"],
    ['renderer/screens/x.ts', "import { Button } from 'antd';"],
    ['electron/door/security-policy.ts', "import type { WebContents } from 'electron';"],
    ['electron/door/main.ts', "import { app } from 'electron';"],
    ['electron/door/preload.ts', "import { contextBridge } from 'electron';"],
    ['electron/core/x.ts', "import fs from 'node:fs';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});
