import type { Contact } from '../campaign/types';
import { normalizeText } from './normalize-text';
import { renderTemplate } from './templates';

/** The words before each value unless the campaign words them otherwise (contact.labels). */
const DEFAULT_LABELS: Required<NonNullable<Contact['labels']>> = {
  name: '联系人',
  phone: '电话',
  fax: '传真',
  email: '电子邮箱',
  address: '地址',
  postcode: '邮编',
};

const normalized = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, normalizeText(String(v))]));

/** One contact as templates/contact.hbs words it; `continued`: after another, without 联系人：. */
function oneContact(contact: Contact, continued: boolean): string {
  const { labels, ...fields } = contact;
  return renderTemplate('contact', { ...normalized(fields), continued, label: { ...DEFAULT_LABELS, ...normalized(labels ?? {}) } });
}

/** The contact sentence: 联系人：甲（单位），电话：…；乙（单位），电话：…。 */
export function contactLine(contact: Contact | Contact[]): string {
  const list = Array.isArray(contact) ? contact : [contact];
  return `${list.map((c, i) => oneContact(c, i > 0)).join('；')}。`;
}
