import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { FormAnnex, FormItem } from '../../src/campaign/types';
import { checkCampaignFile } from '../../src/pipeline';
import { corePropertiesXml } from '../../src/render/core-properties';
import { escapeXml } from '../../src/render/xml-escape';
import { formWorkbooksAt } from '../helpers/forms-at';

/** Characters XML 1.0 does not allow in a document, escaped or not. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PUTIAN = path.resolve(__dirname, '../../campaigns/examples/putian-2026.yaml');

test('escapeXml escapes & < > " and leaves out what XML 1.0 cannot hold, keeping tab and line breaks', () => {
  expect(escapeXml('A<B&C>"D\'E\u0001\u000B\uFFFEF\t\n\r')).toBe('A&lt;B&amp;C&gt;&quot;D\'EF\t\n\r');
});

test('core.xml of a title with a control character in it is XML', () => {
  const xml = corePropertiesXml({ title: '关于开展\u0007质量月活动的通知', subject: '', creator: '闽\u001b质强省办', keywords: [], lastModifiedBy: '', day: '2026-09-01' });
  expect(xml).not.toMatch(FORBIDDEN);
  expect(xml).toContain('<dc:title>关于开展质量月活动的通知</dc:title>');
});

test('every part of a form workbook whose item and title carry control characters (check bypassed) is free of them', async () => {
  const campaign = (await checkCampaignFile(PUTIAN)).campaign!;
  const stats = campaign.annexes!.find((a): a is FormAnnex => a.id === 'stats')!;
  const item = stats.rows.flatMap((r) => ('group' in r ? r.rows : [r]))[0] as FormItem;
  item.item = `检查\u0001${item.item}`;
  stats.title = `${stats.title}\u000c`;
  const [{ bytes }] = await formWorkbooksAt(PUTIAN, campaign);
  const parts = unzipSync(bytes);
  const xmlParts = Object.keys(parts).filter((n) => /\.(xml|rels)$/.test(n));
  expect(xmlParts).toContain('xl/sharedStrings.xml');
  for (const name of xmlParts) expect([name, FORBIDDEN.test(strFromU8(parts[name]))]).toEqual([name, false]);
  expect(strFromU8(parts['xl/sharedStrings.xml'])).toContain(`检查${item.item.slice(3)}`);
});
