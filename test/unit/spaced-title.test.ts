import { spacedTitle } from '../../src/style/spaced-title';

test.each([
  ['章程', 'title', '章　程'],
  ['说明', 'title', '说　明'],
  ['总则', 'division', '总　　则'],
  ['附则', 'division', '附　　则'],
] as const)('%s as a %s prints %s', (written, kind, printed) => {
  expect(spacedTitle(written, kind)).toBe(printed);
});

test.each(['总　　则', '总　则', '说明书', '一般规定', '附', 'AB', '2号', '（一）'])('%s prints as written', (written) => {
  expect(spacedTitle(written, 'title')).toBe(written);
  expect(spacedTitle(written, 'division')).toBe(written);
});
