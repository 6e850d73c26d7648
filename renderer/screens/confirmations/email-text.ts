import type { Manufacturer } from '../../../shared/contract/manufacturers';
import type { ConfirmationRequest } from '../../../shared/contract/requests';

export interface EmailText {
  subject: string;
  body: string;
}

/**
 * The covering email for a request letter, Chinese first then English, naming batch, count and reply-by date;
 * addressed to the department and person of the manufacturer directory when they are known.
 */
export function requestEmail(request: ConfirmationRequest, replyBy: string, enterprise: string | null, manufacturer?: Pick<Manufacturer, 'contactPerson' | 'afterSalesDepartment'> | null): EmailText {
  const batch = request.batchReference ?? `#${request.id}`;
  const count = request.vehicles.length;
  const sender = enterprise ?? '';
  const department = manufacturer?.afterSalesDepartment ?? null;
  const person = manufacturer?.contactPerson ?? null;
  const greetingEn = person ? `Dear ${person} (${[department, request.manufacturer].filter(Boolean).join(', ')}),` : `Dear after-sales team of ${request.manufacturer},`;
  const vins = request.vehicles.map((v, i) => `${i + 1}. ${v.vin}  ${v.brand} ${v.model}${v.country ? `  (${v.country})` : ''}`).join('\n');
  const subject = `售后维修服务确认函申请 / Request for After-Sales Service Confirmation — ${batch}（${count} 辆 / ${count} vehicle${count === 1 ? '' : 's'}）`;
  const body = [
    `${[request.manufacturer, department ?? '售后服务部门', person].filter(Boolean).join(' ')}：`,
    '',
    `根据商务部等部门《关于进一步规范二手车出口工作的通知》（商贸函〔2025〕648号），注册登记后 180 日内出口的车辆须提供制造商出具的售后维修服务确认函。我司批次 ${batch} 中有 ${count} 辆贵司生产的车辆需要确认，详见附件中的申请函与确认表。`,
    `恳请贵司于 ${replyBy} 前填写确认表（各出口国家的售后服务网点）并盖章回传。`,
    '',
    vins,
    '',
    `此致\n${sender}`,
    '',
    '----',
    '',
    greetingEn,
    '',
    `Under MOFCOM Letter [2025] No. 648, vehicles exported within 180 days of registration need a manufacturer's confirmation of after-sales service. Our batch ${batch} includes ${count} vehicle${count === 1 ? '' : 's'} made by you (listed above; see the attached request and form).`,
    `Please complete the form (after-sales outlets in each country of export), stamp it and return it by ${replyBy}.`,
    '',
    `Kind regards,\n${sender}`,
  ].join('\n');
  return { subject, body };
}

export function mailtoLink(to: string | null, email: EmailText): string {
  return `mailto:${to ? encodeURIComponent(to) : ''}?subject=${encodeURIComponent(email.subject)}&body=${encodeURIComponent(email.body)}`;
}
