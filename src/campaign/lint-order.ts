/**
 * The 命令（令）格式 (header.format: order, GB/T 9704 §10.2): an order carries
 * a 令号 instead of a 发文字号 and is signed by its 签发人 (职务 and 签名章,
 * §7.3.5.4) instead of the issuer's name and seal. A missing 令号 or 签发人,
 * or a 发文字号 beside the 令号, is an error; fields the format does not
 * print are warned about; a 令号 or 签发人 outside an order is not printed.
 */
import type { Report } from './problem';
import type { DataPath, Position } from './source-map';
import type { NoticeSpec } from './types';

const STANDARD = 'GB/T 9704 第10.2条';

export function checkOrderFields(spec: NoticeSpec, base: DataPath, report: Report, at: (p: DataPath) => Position): void {
  const header = spec.header;
  const here = (p: DataPath) => at([...base, ...p]);
  if (header?.format === 'order') {
    if (header.orderNumber === undefined) {
      report('error', here(['header', 'format']), 'order-without-number', `命令（令）格式缺少令号：发文机关标志下居中印令号（${STANDARD}）`,
        'the order format needs an order number (header.orderNumber)', '在 header 中写 orderNumber: 令号的数字，如 orderNumber: 245（印成“第245号”）');
    }
    if (spec.number) {
      report('error', here(['number']), 'order-with-document-number', `命令（令）编令号，不编发文字号（${STANDARD}）`,
        'an order carries an order number (header.orderNumber) instead of a document number (number)', '删去 number，把令号的数字写在 header 的 orderNumber 中');
    }
    if (spec.signature && !spec.signature.signers) {
      report('error', here(['signature']), 'order-without-signers', '命令（令）由签发人署职务并加盖签名章（GB/T 9704 第7.3.5.4条），落款中没有写 signers',
        'an order is signed by its signers (signature.signers: title, name and signature seal)', '在 signature 中写 signers: [{ title: 省长, name: 签发人姓名, seal: 签名章图片 }]；未盖章的稿件省略 seal');
    }
    const unprinted = (p: DataPath, what: string, english: string, hint: string) =>
      report('warning', here(p), 'order-unprinted', `命令（令）格式不印${what}（${STANDARD}）`, `the order format does not print ${english}`, hint);
    const drop = '删去这一项';
    if (header.wenjian) unprinted(['header', 'wenjian'], '“文件”二字', '文件 (header.wenjian)', `${drop}；发文机关标志写在 header 的 mark 中，如“福建省人民政府令”`);
    if (header.issuers) unprinted(['header', 'issuers'], '发文机关标志以外的机关名称', 'header.issuers; its mark is header.mark', `${drop}；发文机关标志写在 header 的 mark 中`);
    if (header.signers) unprinted(['header', 'signers'], '版头中的签发人', 'signers in the header', `${drop}；签发人的职务和签名章写在 signature 的 signers 中`);
    for (const key of ['copyNumber', 'classification', 'urgency'] as const) {
      if (header[key]) unprinted(['header', key], { copyNumber: '份号', classification: '密级', urgency: '紧急程度' }[key], `header.${key}`, drop);
    }
    if (base.length === 0 && spec.title) unprinted(['title'], '标题：令号下空二行即排正文', 'a title; the body follows the order number', '删去 title（所公布的规章写在附件中，标题随附件印出）');
    const signature = spec.signature;
    if (signature?.signers) {
      const instead = '签发人的签名章代替署名和印章';
      if (signature.names) unprinted(['signature', 'names'], `署名：${instead}`, 'signature.names; the signers sign it', drop);
      if (signature.seal) unprinted(['signature', 'seal'], `发文机关印章：${instead}`, 'signature.seal; the signers’ seals stand for it', `${drop}；签名章写在 signers 各项的 seal 中`);
      if (signature.seals) unprinted(['signature', 'seals'], `发文机关印章：${instead}`, 'signature.seals; the signers’ seals stand for them', `${drop}；签名章写在 signers 各项的 seal 中`);
      if (signature.note) unprinted(['signature', 'note'], '署名下的说明', 'signature.note', drop);
      if (signature.columns) unprinted(['signature', 'columns'], '分栏署名：签发人每行一人', 'signature.columns; one signer a line', drop);
    }
  } else {
    const notOrder = (p: DataPath, what: string, english: string) =>
      report('warning', here(p), 'order-field-outside-order', `${what}只在命令（令）格式中印出，这里不会印出`, `${english} is printed in the order format only`,
        '在 header 中写 format: order，或删去这一项');
    if (header?.orderNumber !== undefined) notOrder(['header', 'orderNumber'], '令号', 'the order number (header.orderNumber)');
    if (spec.signature?.signers) notOrder(['signature', 'signers'], '签发人职务和签名章', 'signature.signers');
  }
  (spec.annexes ?? []).forEach((a, i) => {
    if (a.kind === 'notice') checkOrderFields(a, [...base, 'annexes', i], report, at);
  });
}
