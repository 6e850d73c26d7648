import { describe, expect, it } from 'vitest';
import { toFieldProblems } from '../../shared/contract/field-problems';
import { SettingsChangeSchema, SettingsSchema } from '../../shared/contract/settings';

describe('OCR and backup settings: defaults', () => {
  it('defaults to both languages, 2 workers, a daily backup keeping 7', () => {
    expect(SettingsSchema.parse({})).toMatchObject({ 'ocr.languages': 'chi_sim+eng', 'ocr.workers': 2, 'backup.schedule': 'daily', 'backup.keep': 7 });
  });

  it('a change that names none of them leaves them out (no default slips into the change)', () => {
    expect(SettingsChangeSchema.parse({ 'enterprise.name': '某某公司' })).toEqual({ 'enterprise.name': '某某公司' });
  });
});

describe('OCR and backup settings: values as the UI and the CLI send them', () => {
  it.each([
    ['ocr.workers', 1, 1],
    ['ocr.workers', '4', 4],
    ['ocr.workers', ' 2 ', 2],
    ['ocr.languages', 'eng', 'eng'],
    ['ocr.languages', 'chi_sim+eng', 'chi_sim+eng'],
    ['backup.schedule', 'weekly', 'weekly'],
    ['backup.schedule', 'off', 'off'],
    ['backup.keep', '30', 30],
  ])('%s = %j is saved as %j', (key, input, saved) => {
    expect(SettingsChangeSchema.parse({ [key]: input })).toEqual({ [key]: saved });
  });

  it.each([
    ['ocr.workers', 0, '请输入 1 到 4 之间的整数'],
    ['ocr.workers', 5, '请输入 1 到 4 之间的整数'],
    ['ocr.workers', 1.5, '请输入 1 到 4 之间的整数'],
    ['ocr.workers', 'two', '请输入 1 到 4 之间的整数'],
    ['ocr.workers', '', '请输入 1 到 4 之间的整数'],
    ['ocr.workers', null, '请输入 1 到 4 之间的整数'],
    ['backup.keep', 91, '请输入 1 到 90 之间的整数'],
    ['ocr.languages', 'jpn', '应为以下之一：chi_sim+eng | chi_sim | eng'],
    ['ocr.languages', 'eng+chi_sim', '应为以下之一：chi_sim+eng | chi_sim | eng'],
    ['backup.schedule', 'monthly', '应为以下之一：daily | weekly | off'],
  ])('%s = %j is refused on the field: %s', (key, input, message) => {
    const parsed = SettingsChangeSchema.safeParse({ [key]: input });
    expect(parsed.success).toBe(false);
    const [problem] = toFieldProblems(parsed.error!.issues);
    expect(problem).toMatchObject({ field: key, message: { 'zh-CN': message } });
    expect(problem!.message.en).not.toBe('');
  });
});
