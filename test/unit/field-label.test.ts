/**
 * A field as a clerk would name it in a message or in the checklist `new`
 * prints: a field inside 版记, 联系方式 or 版头 carries that container's name, an item of a list in one
 * the list's name.
 */
import { fieldLabel } from '../../src/campaign/field-label';

test.each([
  [['colophon', 'printDate'], '版记的印发日期'],
  [['contact', 'phone'], '联系方式的电话'],
  [['header', 'copyNumber'], '版头的份号'],
  [['signature', 'date'], '成文日期'],
  // an item of a list inside a container says which list
  [['header', 'signers', 1], '版头的签发人姓名第2项'],
  [['colophon', 'cc', 0], '版记的抄送机关第1项'],
])('%j is named %s', (path, label) => {
  const data = {
    colophon: { printDate: '待填写', cc: ['寿宁县人民政府办公室'] },
    contact: { name: '吴建华', phone: '待填写' },
    header: { copyNumber: '待填写', signers: ['吴建华', '叶丽琴'] },
    signature: { date: '待填写' },
  };
  expect(fieldLabel(data, path)).toBe(label);
});

test('an annex is named by the label it prints: 附件N counted among the labelled, an annex printed without (annexLabel: false) by its title', () => {
  const data = {
    annexes: [
      { id: 'rules', kind: 'document', title: '三明市质量奖管理办法', annexLabel: false, body: ['第一条　……'] },
      { id: 'form', kind: 'form', title: '申报表', rows: [] },
      { id: 'list', kind: 'document', title: '评审标准', body: ['……'] },
    ],
  };
  expect(fieldLabel(data, ['annexes', 0, 'title'])).toBe('“三明市质量奖管理办法”的附件标题');
  expect(fieldLabel(data, ['annexes', 2, 'title'])).toBe('附件2“评审标准”的附件标题');
  expect(fieldLabel({ annexes: [data.annexes[0], data.annexes[1]] }, ['annexes', 1, 'title'])).toBe('附件“申报表”的附件标题');
});
