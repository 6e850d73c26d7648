import type { z } from 'zod';
import type { MessageKey } from '../i18n/messages';
import { bilingual, type MessageParams } from '../i18n/translate';
import type { FieldProblem } from './errors';

interface OurIssueParams {
  messageKey: MessageKey;
  params: MessageParams;
  suggestions: string[];
}

function ourParams(issue: z.core.$ZodIssue): OurIssueParams | undefined {
  const params = (issue as { params?: unknown }).params;
  if (params && typeof params === 'object' && 'messageKey' in params) return params as OurIssueParams;
  return undefined;
}

/** Turn zod issues into field problems with bilingual texts, the same at every door. */
export function toFieldProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(input)';
    const ours = ourParams(issue);
    if (ours) {
      const suggestions = ours.suggestions ?? [];
      const message =
        suggestions.length > 0
          ? joinMessages(bilingual(ours.messageKey, ours.params), bilingual('vin.didYouMean', { suggestion: suggestions.join(' / ') }))
          : bilingual(ours.messageKey, ours.params);
      // A one-click correction only when it is the single plausible one.
      return { field, code: ours.messageKey, message, ...(suggestions.length === 1 ? { suggestion: suggestions[0] } : {}) };
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) return { field, code: 'field.required', message: bilingual('field.required') };
    if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) {
      return { field, code: 'field.required', message: bilingual('field.required') };
    }
    if (issue.code === 'too_small' && issue.origin === 'string') {
      return { field, code: 'field.tooShort', message: bilingual('field.tooShort', { min: Number(issue.minimum) }) };
    }
    if (issue.code === 'too_big' && issue.origin === 'string') {
      return { field, code: 'field.tooLong', message: bilingual('field.tooLong', { max: Number(issue.maximum) }) };
    }
    return { field, code: 'field.invalid', message: bilingual('field.invalid') };
  });
}

function joinMessages(first: Record<string, string>, second: Record<string, string>) {
  return { 'zh-CN': `${first['zh-CN']}。${second['zh-CN']}`, en: `${first.en}. ${second.en}` };
}
