/**
 * A document's title as another text cites it. Inside 《》 a title's own book-title
 * marks become single ones, 〈〉 (GB/T 15834-2011 §4.15: 书名号里边还要用书名号时，
 * 外面一层用双书名号，里边一层用单书名号).
 */
export function quotedTitle(title: string): string {
  return `《${title.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/** The kinds of document (文种) a title may end with. */
const DOCUMENT_KINDS = ['通知', '通报', '通告', '公告', '意见', '方案', '办法', '决定', '规定', '纲要', '规划', '计划', '要点', '细则', '指南', '批复', '报告', '纪要', '函'];

/** What 以下简称 calls a forwarded document: the kind its title ends with (意见, 方案 …); 通知 when none. */
export function documentKind(title: string): string {
  return DOCUMENT_KINDS.find((k) => title.endsWith(k)) ?? '通知';
}
