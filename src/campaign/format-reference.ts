/**
 * docs/campaign-format.md, written from the schema: every field of a
 * campaign file with whether it is required, its kind of value, its meaning
 * (the schema's Chinese description) and a short example. `gongwen schema
 * --reference` prints it; a test keeps the file in step with the schema.
 */
import { campaignSchema } from './schema';
import type { SchemaNode as Node } from './schema-walk';

const ROOT = campaignSchema as unknown as Node & { $defs: Record<string, Node> };

/** Section titles of the $defs, in the order a clerk meets them in a file. */
const SECTIONS: Record<string, string> = {
  issuer: '发文机关 issuers 的每一项',
  header: '版头 header',
  number: '发文字号 number',
  addresseeGroup: '主送机关 addressees 的每一组',
  bodyNode: '正文 body 的每一项',
  table: '表格 table',
  bodyImage: '正文中的图片 image',
  tableRow: '表格的一行',
  tableCell: '表格的一格',
  contact: '联系方式 contact',
  signature: '落款 signature',
  attendance: '出席人员 attendance',
  colophon: '版记 colophon',
  formRow: '统计表 rows 的每一行',
  annex: '附件 annexes 的每一项',
};

type Field = { name: string; node: Node; required: boolean };

/**
 * Examples for fields whose description gives none, by `section.field` (section: the $def, `annex:KIND`
 * for a kind of annex, empty for the top level) or by field name alone.
 */
const EXAMPLES: Record<string, string> = {
  forwards: 'national',
  forwardSentence: '现将《市场监管总局等关于开展2025年全国“质量月”活动的通知》（国市监质发〔2025〕78号，见{{ref:national}}）转发给你们。',
  publishes: 'plan',
  activity: '“安全生产月”活动',
  addresseeUnits: '{ 各设区市市场监管局: { items: [福州市, 厦门市, 平潭综合实验区], suffix: 市场监管局 } }',
  'bodyNode.heading': '加强组织领导',
  'bodyNode.text': '各地要高度重视，精心组织。',
  'addresseeGroup.items': '[法院, 检察院]',
  'contact.name': '张三',
  'contact.unit': '质量发展处',
  'contact.phone': '0591-87654321',
  'contact.fax': '0591-87654322',
  'contact.email': 'zlc@example.gov.cn',
  'contact.address': '福州市鼓楼区××路××号',
  'contact.labels': '{ address: 联系地址, phone: 联系电话 }',
  'contact.labels.name': '联系人员',
  'contact.labels.phone': '联系电话',
  'contact.labels.fax': '传真号码',
  'contact.labels.email': '邮箱',
  'contact.labels.address': '联系地址',
  'contact.labels.postcode': '邮政编码',
  names: '[质检总局, 工业和信息化部]',
  signers: '[吴建华, 叶丽琴]',
  cc: '[国家市场监督管理总局]',
  printer: '福建省质量强省工作领导小组办公室',
  group: '检查情况',
  item: '检查企业',
  filler: '填表单位：______（盖章）',
  caption: '活动标志',
  'annex.title': '{{year}}年“质量月”活动口号',
  'annex:slogans.items': '[质量第一, 安全第一]',
  theme: '质量第一　安全第一',
  title: '关于开展{{year}}年“质量月”活动的通知',
  opening: '为深入贯彻……，现就开展{{year}}年“质量月”活动通知如下。',
  keywords: '[质量月, 质量提升]',
  'header.issuers': '[福建省质量强省工作领导小组办公室]',
  'header.format': 'letter',
  'bodyNode.image': '{ path: assets/signup-qr.png, caption: 报名二维码 }',
  'bodyImage.path': 'assets/signup-qr.png',
  attendance: '{ present: [副县长陈丽华, 县市场监管局叶志强], onLeave: [县财政局郑国平（出差）] }',
  'attendance.present': '[副县长陈丽华, 县市场监管局叶志强]',
  'attendance.onLeave': '[县财政局郑国平（出差）]',
  'attendance.observers': '[县政府办公室副主任黄斌]',
  issuers: '[{ name: 福建省市场监督管理局, short: 闽市监 }]',
  '.header': '{ wenjian: true }',
  'annex:notice.header': '{ wenjian: true }',
  number: '{ year: 2023, seq: 7 }',
  addressees: '[各设区市质量强市工作领导小组办公室, [省委宣传部, 省发展改革委]]',
  body: '[请认真贯彻落实。]',
  'bodyNode.body': '[{ heading: 加强组织领导, text: 各地要…… }]',
  'annex:document.body': '[{ heading: 活动时间, text: 2023年9月1日至30日。 }]',
  contact: '{ name: 张三, phone: 0591-87654321 }',
  signature: '{ date: 2023-09-01, seal: assets/seal.png }',
  colophon: '{ printer: 福建省质量强省工作领导小组办公室, printDate: 2023-09-01 }',
  annexes: '[{ id: slogans, kind: slogans, title: 活动口号, items: [质量第一] }]',
  prefix: '闽质强省办',
  table: '{ header: [[序号, 活动名称, 时间]], rows: [[1, 启动仪式, 9月1日]] }',
  'table.header': '[[序号, 活动名称, 时间]]',
  'table.rows': '[[1, 启动仪式, 9月1日]]',
  'tableCell.text': '启动仪式',
  postcode: '"350001"',
  seal: 'assets/seal.png',
  seals: '[assets/seal-a.png, assets/seal-b.png]',
  'signature.signers': '[{ title: 省长, name: 林志远, seal: assets/signer-seal.png }]',
  'formRow.rows': '[{ item: 检查企业, unit: 家 }]',
  'annex:form.rows': '[{ item: 检查企业, unit: 家, type: count }]',
  id: 'slogans',
  'annex:image.path': 'assets/logo.png',
  'annex:pdf.path': 'assets/plan.pdf',
};

/** The fields an object node allows, through if/then/else and allOf. */
function fields(node: Node, skipKindBranches = false): Field[] {
  const out = new Map<string, Field>();
  const add = (n: Node | undefined) => {
    if (!n) return;
    for (const [name, child] of Object.entries(n.properties ?? {})) {
      if (child === true || out.has(name)) continue;
      out.set(name, { name, node: child, required: (n.required ?? []).includes(name) });
    }
    add(n.then);
    add(n.else);
    for (const part of n.allOf ?? []) if (!(skipKindBranches && kindOf(part))) add(part);
  };
  add(node);
  return [...out.values()];
}

const kindOf = (part: Node) => {
  const cond = part.if?.properties?.kind;
  return cond && cond !== true ? String(cond.const) : undefined;
};

const defName = (ref: string) => ref.replace('#/$defs/', '');
const anchor = (def: string) => `#${def.toLowerCase()}`;

/** The shapes of a value written in several (schema.ts byType: if type … then shape else …), in order. */
function shapesByType(node: Node): Node[] {
  if (node.if?.type === undefined || !node.then) return [];
  return [node.then, ...(node.else ? (node.else.if?.type !== undefined ? shapesByType(node.else) : [node.else]) : [])];
}

function valueKind(node: Node): string {
  const shapes = shapesByType(node);
  if (shapes.length > 1) return shapes.map(valueKind).join('，或');
  if (node.$ref) return `见[${SECTIONS[defName(node.$ref)] ?? defName(node.$ref)}](${anchor(defName(node.$ref))})`;
  if (node.enum) return `取值之一：${node.enum.map((v) => `\`${String(v)}\``).join('、')}`;
  const types = ([] as string[]).concat(node.type ?? (node.properties ? 'object' : 'string'));
  const names: Record<string, string> = {
    string: node.format === 'date' ? '日期' : '文字',
    integer: '整数',
    number: '数字',
    boolean: '`true` 或 `false`',
    object: '键值对',
    array: node.items ? `列表，每项：${valueKind(node.items)}` : '列表',
  };
  return types.map((t) => names[t] ?? t).join('或');
}

/** The example the description gives (如“…”, 如 2023-09-01), else one made from the kind of value. */
function example(section: string, name: string, node: Node): string {
  // A nested object's fields (contact.labels.phone) share names with other fields but not their examples.
  const given = EXAMPLES[`${section}.${name}`] ?? (section.includes('.') ? undefined : EXAMPLES[name]);
  if (given) return `\`${name}: ${given}\``;
  const said = /如“([^”]+)”|如\s+(\[[^\]]+\]|"[^"]+"|[^\s，。；、）]+)/.exec(node.description ?? '');
  const value = said ? (said[1] ?? said[2]) : madeExample(node);
  return value === undefined ? '' : `\`${name}: ${value}\``;
}

function madeExample(node: Node): string | undefined {
  if (node.enum) return String(node.enum[0]);
  if (node.$ref) return undefined;
  const type = ([] as string[]).concat(node.type ?? 'string')[0];
  if (type === 'boolean') return 'true';
  if (type === 'integer') return String(node.minimum ?? 1);
  if (type === 'array' && node.items && !node.items.$ref) return `[${madeExample(node.items) ?? '…'}]`;
  return undefined;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A field's meaning: its own description, else the first clause of the section it refers to. */
function meaning(node: Node): string {
  if (node.description) return node.description;
  const def = node.$ref ? ROOT.$defs[defName(node.$ref)] : undefined;
  return (def?.description ?? '').split(/[；。]/)[0];
}

function fieldTable(section: string, list: Field[]): string[] {
  return [
    '| 字段 | 必填 | 取值 | 说明 | 例子 |',
    '| --- | --- | --- | --- | --- |',
    ...list.map((f) => `| \`${f.name}\` | ${f.required ? '是' : ''} | ${cell(valueKind(f.node))} | ${cell(meaning(f.node))} | ${cell(example(section, f.name, f.node))} |`),
  ];
}

export function campaignFormatReference(): string {
  const lines = [
    '# 活动文件字段说明（campaign format）',
    '',
    '<!-- 由 `node bin/gongwen.js schema --reference > docs/campaign-format.md` 从 src/campaign/schema.ts 生成，请勿手改。 -->',
    '',
    `${ROOT.description ?? ''}`,
    '',
    '每个字段的说明也会在编辑器中显示：文件第一行写 `# yaml-language-server: $schema=campaign.schema.json`（路径相对于该 YAML 文件）。',
    '',
    '正文、附件正文、口号、统计表填表单位和图片说明中可用标记 `{{ref:附件id}}`（→ 附件2）、`{{contact}}`、`{{deadline}}`、`{{theme}}`、`{{year}}`；',
    '标题、附件标题和附注中只能用 `{{year}}`、`{{theme}}`、`{{deadline}}`；其他字段不能用标记。',
    '',
    '`gongwen new` 把还要填写的值写成“待填写”（草稿中印成空白，如 〔2025〕　号、　　年　月　日），',
    '把沿用去年、可能过时的内容（活动主题、口号、写有年份、日期或文号的文字）在行尾标上 `# 待核对 1a2b`：',
    '`check` 对每一处给出警告，`check --strict` 不通过；改动这一项后标记自动失效，内容无误时删去这个行尾注释即为确认。',
    '',
    '## 文件顶层',
    '',
    ...fieldTable('', fields(ROOT)),
  ];
  for (const [def, title] of Object.entries(SECTIONS)) {
    const node = ROOT.$defs[def];
    if (!node) continue;
    lines.push('', `<a id="${def.toLowerCase()}"></a>`, '', `## ${title}`, '', node.description ?? '', '');
    const list = fields(node, def === 'annex');
    if (list.length) lines.push(...fieldTable(def, list));
    else lines.push(`取值：${valueKind({ ...node, description: undefined, $ref: undefined })}`);
    for (const f of list.filter((x) => x.node.properties && !x.node.$ref)) {
      lines.push('', `### ${def}.${f.name}`, '', ...fieldTable(`${def}.${f.name}`, fields(f.node)));
    }
    if (def === 'annex') {
      for (const part of node.allOf ?? []) {
        const kind = kindOf(part);
        if (!kind) continue;
        const own = fields(part).filter((f) => !['id', 'kind', 'title'].includes(f.name));
        lines.push('', `### kind: ${kind}`, '');
        lines.push(...(own.length ? fieldTable(`annex:${kind}`, own) : ['除 id、kind、title 外没有其他字段。']));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
