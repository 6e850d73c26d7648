import { z } from 'zod';
import { isCalendarDate, isoWeekday } from '../domain/calendar-date';
import type { MessageKey } from '../i18n/messages';
import { issueParams, optionalText } from './fields';

/**
 * The dealer's working-day calendar: public holidays (放假) and the weekend days worked to bridge
 * them (调休上班). Overdue confirmation requests are counted in working days over it.
 */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

const DayDate = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: 'date.invalid', params: issueParams('date.invalid', { value }) });
  });

const Kind = z.custom<CalendarDayKind>((value) => typeof value === 'string' && (CALENDAR_DAY_KINDS as readonly string[]).includes(value), {
  params: issueParams('calendar.kindInvalid'),
});

export const CalendarDaySchema = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  /** The holiday it belongs to (春节, 国庆节); null when not given. */
  name: z.string().nullable(),
});
export type CalendarDay = z.infer<typeof CalendarDaySchema>;

export const ListCalendarSchema = z.object({ year: z.number().int().min(1900).max(2999).optional() }).strict();

/**
 * Add or replace one day. A holiday may fall on any day (the weekend days inside a holiday are
 * listed too); an adjusted working day only on a Saturday or Sunday, since Monday to Friday are
 * working days already.
 */
export const SetCalendarDaySchema = z
  .object({ date: DayDate, kind: Kind, name: optionalText(50).optional() })
  .strict()
  .superRefine((day, ctx) => {
    if (day.kind === 'workday' && isCalendarDate(day.date) && isoWeekday(day.date) <= 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['kind'],
        message: 'calendar.workdayOnWeekday',
        params: issueParams('calendar.workdayOnWeekday', { date: day.date, weekday: { key: `calendar.weekday.${isoWeekday(day.date)}` as MessageKey } }),
      });
    }
  });
export type SetCalendarDay = z.output<typeof SetCalendarDaySchema>;

export const RemoveCalendarDaySchema = z.object({ date: DayDate }).strict();

export const CalendarImportReportSchema = z.object({ fileName: z.string(), imported: z.number().int(), years: z.array(z.number().int()) });
