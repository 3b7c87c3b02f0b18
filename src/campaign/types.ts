/**
 * The campaign as written in YAML, after validation. These types mirror
 * src/campaign/schema.ts, which is the source of truth for the format.
 */

export type CampaignKind = 'notice' | 'forward' | 'plan' | 'joint';

export interface Issuer {
  name: string;
  /** 规范化简称 used in the document number, e.g. 闽质强省办. */
  short?: string;
  /** Name as signed under a joint notice, e.g. 质检总局. */
  signAs?: string;
}

export type HeaderFormat = 'standard' | 'letter' | 'minutes' | 'order';

export interface HeaderSpec {
  /** standard: the 文件格式 of §7.2; letter: the 信函格式 of §10.1; minutes: the 纪要格式 of §10.3; order: the 命令（令）格式 of §10.2. */
  format?: HeaderFormat;
  /** The 纪要标志 of the minutes format (寿宁县人民政府专题会议纪要), or the mark of an order (福建省人民政府令). */
  mark?: string;
  /** An order's 令号, printed 第245号 (§10.2). */
  orderNumber?: number;
  wenjian?: boolean;
  issuers?: string[];
  copyNumber?: string;
  classification?: string;
  urgency?: string;
  /** 签发人 of an upward document (§7.2.6). */
  signers?: string[];
}

export interface DocumentNumber {
  prefix?: string;
  year: number;
  seq: number;
}

export type AddresseeGroup = string | string[] | { prefix?: string; items: string[]; suffix?: string };

export interface SectionNode {
  heading?: string;
  /** Run-in text after a heading, or the text of a numbered item without a heading. */
  text?: string;
  body?: BodyNode[];
}
/** A cell of a table: its text, or an object when it is merged or aligned on its own. */
export type TableCellSpec = string | { text: string; rowSpan?: number; colSpan?: number; align?: TableAlign };
export type TableAlign = 'left' | 'center' | 'right';
export type TableRowSpec = TableCellSpec[];

export interface TableSpec {
  /** Header rows, repeated on every page the table runs on. */
  header?: TableRowSpec[];
  rows: TableRowSpec[];
  /** Relative column widths. */
  widths?: number[];
  /** Alignment of each column's body cells. */
  align?: TableAlign[];
  size?: 'body' | 'small';
  /** landscape: on turned pages whatever its width; portrait: upright even when too wide (§8); absent: turned when too wide. */
  orientation?: 'portrait' | 'landscape';
}
export interface TableNode {
  table: TableSpec;
}
/** A picture standing between paragraphs (a QR code to sign up). */
export interface ImageNode {
  image: { path: string; caption?: string };
}
export type BodyNode = string | SectionNode | TableNode | ImageNode;

export type ContactField = 'name' | 'unit' | 'phone' | 'fax' | 'email' | 'address' | 'postcode';

export interface Contact {
  name: string;
  unit?: string;
  phone?: string;
  fax?: string;
  email?: string;
  address?: string;
  postcode?: string;
  /** The words printed before each value, where a notice words them otherwise (联系地址 for 地址). */
  labels?: Partial<Record<Exclude<ContactField, 'unit'>, string>>;
}

/** An order's 签发人 (§7.3.5.4): 职务, name, and the picture of the 签名章 (none on an unsealed draft). */
export interface OrderSignerSpec {
  title: string;
  name: string;
  seal?: string;
}

export interface SignatureSpec {
  names?: string[];
  /** An order's 签发人, the lead issuer's first (§7.3.5.4). */
  signers?: OrderSignerSpec[];
  date: string;
  seal?: string;
  /** A joint notice's seals, one per name in order (§7.3.5.1). */
  seals?: string[];
  note?: string;
  columns?: number;
}

/** Who attended a meeting, as its minutes list them (§10.3): 出席, 请假, 列席. */
export interface AttendanceSpec {
  present?: string[];
  onLeave?: string[];
  observers?: string[];
}

export interface ColophonSpec {
  cc?: string[];
  printer?: string;
  printDate?: string;
}

export interface FormItem {
  item: string;
  unit?: string;
  type?: 'count' | 'amount' | 'text' | 'yesno';
}
export interface FormGroup {
  group: string;
  rows: FormRow[];
}
export type FormRow = FormItem | FormGroup;

interface AnnexBase {
  id: string;
  title: string;
}
export interface SlogansAnnex extends AnnexBase {
  kind: 'slogans';
  numbered?: boolean;
  items: string[];
}
export interface DocumentAnnex extends AnnexBase {
  kind: 'document';
  body: BodyNode[];
  /** false: printed after the notice as a document of its own (a 政府令's 规章), without 附件 label or annex-list line. */
  annexLabel?: boolean;
  /** 题注: the note printed in parentheses under the title (公布、施行 dates), as written, with or without them. */
  titleNote?: string;
}
export interface NoticeAnnex extends AnnexBase, Omit<NoticeSpec, 'title'> {
  kind: 'notice';
}
export interface FormAnnex extends AnnexBase {
  kind: 'form';
  filler?: string;
  rows: FormRow[];
}
export interface ImageAnnex extends AnnexBase {
  kind: 'image';
  path: string;
  caption?: string;
  /** What the real picture is, when this file only stands in for it. */
  standIn?: string;
}
export interface PdfAnnex extends AnnexBase {
  kind: 'pdf';
  path: string;
}
export interface ListedAnnex extends AnnexBase {
  kind: 'listed';
}
export type AnnexSpec = SlogansAnnex | DocumentAnnex | NoticeAnnex | FormAnnex | ImageAnnex | PdfAnnex | ListedAnnex;

/** What a notice says: shared by the campaign and a forwarded notice bound as an annex. */
export interface NoticeSpec {
  issuers: Issuer[];
  header?: HeaderSpec;
  number?: DocumentNumber;
  title?: string;
  addressees?: AddresseeGroup[];
  opening?: string;
  body?: BodyNode[];
  /** One contact, or several printed one after another (联系人：甲，电话：…；乙，电话：…。). */
  contact?: Contact | Contact[];
  signature?: SignatureSpec;
  remark?: string;
  attendance?: AttendanceSpec;
  colophon?: ColophonSpec;
  annexes?: AnnexSpec[];
}

export interface Campaign extends NoticeSpec {
  kind: CampaignKind;
  status?: 'draft' | 'final';
  /** 附件1 when the document is itself an annex of another notice (a plan sent with its notice). */
  label?: string;
  year: number;
  /** 活动主题. */
  theme?: string;
  /** 活动范围 used by the title template, e.g. 福建省 or 全国. */
  scope?: string;
  /** 活动名称 as the title templates print it, quotes included, e.g. “质量月”活动 or 质量提升行动. */
  activity?: string;
  /** Id of the annex that holds the forwarded notice (kind forward). */
  forwards?: string;
  /** The 转发语 (现将《…》…转发给你们。) as the clerk words it, in place of the generated one (kind forward). */
  forwardSentence?: string;
  /** Id of the annex this notice publishes (印发), e.g. a plan; the title quotes it. */
  publishes?: string;
  deadline?: string;
  keywords?: string[];
  /** The units an addressee that stands for many (各设区市…) means, by that addressee's name. */
  addresseeUnits?: Record<string, AddresseeGroup>;
}
