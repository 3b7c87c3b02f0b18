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

/** The contact sentence (templates/contact.hbs). */
export function contactLine(contact: Contact): string {
  const { labels, ...fields } = contact;
  return renderTemplate('contact', { ...normalized(fields), label: { ...DEFAULT_LABELS, ...normalized(labels ?? {}) } });
}
