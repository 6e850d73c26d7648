import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { toFieldProblems } from '../../../shared/contract/field-problems';
import type { Locale } from '../../../shared/i18n/messages';

/** An antd rule that validates a field with the contract's own schema, so the form says what the core would. */
export function schemaRule(schema: z.ZodType, locale: Locale): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const parsed = schema.safeParse(value ?? '');
      if (parsed.success) return;
      const [problem] = toFieldProblems(parsed.error.issues);
      throw new Error(problem ? problem.message[locale] : '');
    },
  };
}
