import path from 'node:path';
import { documentFromFile } from '../../src/pipeline';
import { renderDocx } from '../../src/render/docx';
import { openDocx, paragraphWith, textOf } from '../helpers/docx-xml';

test('the DOCX title comes in the same balanced lines as the PDF, as line breaks Word keeps', async () => {
  const { document } = await documentFromFile(path.resolve(__dirname, '../../campaigns/2018.yaml'));
  const xml = (await openDocx(await renderDocx(document!))).part('word/document.xml');
  const title = paragraphWith(xml, '联席会议办公室转发');
  const lines = title.split('<w:br/>').map(textOf);
  expect(lines).toEqual(['福建省质量强省工作联席会议办公室转发', '市场监管总局等关于开展2018年', '全国“质量月”活动的通知']);
});
