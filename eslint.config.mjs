// Lint, including the layer rules of ARCHITECTURE.md:
//   shared/   pure TypeScript: zod and its own files only (no node:, electron, DOM libraries, electron/ or renderer/)
//   renderer/ never reaches electron/ nor Node
//   electron/ only the Electron door (door/main.ts, door/preload.ts) imports `electron` at run time;
//             elsewhere type-only imports are allowed (the security policy is tested without the binary).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltin = { regex: `^(node:|(${builtinModules.join('|')})(/|$))`, message: 'Node modules belong in electron/ (the core), not here.' };
const electronPackage = { regex: '^electron(/|$)', message: 'Only the Electron door (electron/door/main.ts, preload.ts) may import electron.' };
const intoElectronFolder = { regex: '^(\\.\\./)+(electron)/', message: 'renderer/ and shared/ reach the core only through the contract.' };
const intoRendererFolder = { regex: '^(\\.\\./)+(renderer)/', message: 'shared/ must not depend on the UI.' };
const sharedForeignPackage = { regex: '^(?!zod($|/))[^.]', message: 'shared/ is pure TypeScript: only zod and its own modules.' };

const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.cache/**', 'test/fixtures/**/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { '@typescript-eslint/no-restricted-imports': restrict(nodeBuiltin, electronPackage, intoElectronFolder, intoRendererFolder, sharedForeignPackage) },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-restricted-imports': restrict(nodeBuiltin, electronPackage, intoElectronFolder) },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/door/main.ts', 'electron/door/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ ...electronPackage, allowTypeImports: true }] }],
    },
  },
);
