/**
 * The export policy in force, as data. A new notice is a new constant here (and a test), never an
 * edit scattered through the rules: assess() and readiness() read every number and date from a Policy.
 */
import type { CalendarDate } from '../domain/calendar-date';

export interface Policy {
  /** Short reference shown in the app, e.g. '2025-648'. */
  readonly id: string;
  readonly document: { readonly zh: string; readonly en: string };
  readonly issuedOn: CalendarDate;
  /** Licence applications made on or after this date fall under the rule. */
  readonly effectiveDate: CalendarDate;
  /** Applications this many days or fewer after registration need a confirmation (inclusive). */
  readonly confirmationWindowDays: number;
  /** A transfer awaiting export completed before this date exports under the old rules. */
  readonly transitionalTransferBefore: CalendarDate;
}

/** Commerce and Trade Letter [2025] No. 648, item (I). */
export const POLICY_2025_648 = {
  id: '2025-648',
  document: {
    zh: '商务部 工业和信息化部 公安部 海关总署关于进一步加强二手车出口管理的通知（商贸函〔2025〕648号）',
    en: 'Notice on Further Strengthening the Management of Used Car Exports (Commerce and Trade Letter [2025] No. 648)',
  },
  issuedOn: '2025-11-11',
  effectiveDate: '2026-01-01',
  confirmationWindowDays: 180, // inclusive: day 180 still needs one, day 181 does not
  transitionalTransferBefore: '2026-01-01',
} as const satisfies Policy;

export const CURRENT_POLICY: Policy = POLICY_2025_648;

/**
 * The notice's own words for item (I), for the help panel, so a clerk can check the app against the
 * source. The en text is the published English translation; the zh text renders it back into
 * Chinese and should be compared with the official Chinese text.
 */
export const POLICY_2025_648_ITEM_I = {
  rule: {
    zh:
      '自2026年1月1日起，对申请出口的车辆，距注册登记日期不满180天（含180天）的，……补充提交由车辆生产企业出具的《售后维修服务确认函》……' +
      '确认函应包括出口国别、车辆信息、售后服务网点信息，并加盖生产企业公章。',
    en:
      'From January 1, 2026, for vehicles applying for export that are less than 180 days (inclusive) from the registration date, ' +
      '... a “Confirmation of After-Sales Service” issued by the vehicle manufacturer ... should include the country of export, ' +
      'vehicle information, information on after-sales service outlets, and be stamped with the official seal of the manufacturer.',
  },
  transitional: {
    zh: '对本通知实施之日前已完成转移登记、等待办理出口手续的车辆，应指导企业做好合同履约，有序出口。',
    en:
      'For vehicles that have completed transfer registration and are awaiting export formalities before the implementation date ' +
      'of this notice, enterprises should be guided to fulfill their contracts and export in an orderly manner.',
  },
} as const;
