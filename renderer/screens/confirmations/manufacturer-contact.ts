import type { Manufacturer } from '../../../shared/contract/manufacturers';
import type { REQUEST_CHANNELS } from '../../../shared/contract/requests';

type Channel = (typeof REQUEST_CHANNELS)[number];
type Contacts = Pick<Manufacturer, 'contactPerson' | 'email' | 'phone' | 'address'>;

/**
 * What the send form's contact starts as, from the manufacturer directory: by email, the person and
 * the address to write to; by post or courier, the person, phone and postal address.
 */
export function defaultContact(channel: Channel, manufacturer: Contacts | null): string {
  if (!manufacturer) return '';
  const parts =
    channel === 'post' || channel === 'courier'
      ? [manufacturer.contactPerson, manufacturer.phone, manufacturer.address]
      : [manufacturer.contactPerson, manufacturer.email && (manufacturer.contactPerson ? `<${manufacturer.email}>` : manufacturer.email)];
  return parts.filter(Boolean).join(channel === 'post' || channel === 'courier' ? '，' : ' ').slice(0, 200);
}

/** The email address in a contact text such as "张经理 <zhang@example.com>", if there is one. */
export function emailIn(text: string | null | undefined): string | null {
  return /[^\s<>@，,;；]+@[^\s<>@，,;；]+\.[^\s<>@，,;；]+/.exec(text ?? '')?.[0] ?? null;
}
