import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { campaignFormatReference } from '../../src/campaign/format-reference';
import { campaignSchema } from '../../src/campaign/schema';

const ROOT = path.resolve(__dirname, '../..');
const reference = readFileSync(path.join(ROOT, 'docs/campaign-format.md'), 'utf8');

test('docs/campaign-format.md is what the schema generates (regenerate: node bin/gongwen.js schema --reference > docs/campaign-format.md)', () => {
  expect(reference).toBe(campaignFormatReference());
});

test('every field of the schema has a row with its meaning and an example', () => {
  const names = new Set<string>();
  const visit = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.properties && typeof n.properties === 'object' && !where.endsWith('/if')) {
      for (const [key, value] of Object.entries(n.properties)) if (value !== true) names.add(key);
    }
    for (const [k, v] of Object.entries(n)) visit(v, `${where}/${k}`);
  };
  visit(campaignSchema, '#');
  const rows = reference.split('\n').filter((l) => /^\| `/.test(l)).map((l) => l.split(' | '));
  for (const name of names) expect(rows.some((r) => r[0] === `| \`${name}\``)).toBe(true);
  for (const r of rows) {
    expect(r[3]).toMatch(/[\u4e00-\u9fff]/);
    expect(r[4]).toMatch(/^`\S+: .+` \|$/);
  }
});

test('the README links to the field reference', () => {
  expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('](docs/campaign-format.md)');
});

test('every campaign’s $schema comment points at a file that exists', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.yaml') ? [path.join(dir, e.name)] : [],
    );
  const campaigns = files(path.join(ROOT, 'campaigns'));
  expect(campaigns.length).toBeGreaterThan(5);
  for (const file of campaigns) {
    const m = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(file, 'utf8'));
    expect(m).not.toBeNull();
    expect([file, existsSync(path.resolve(path.dirname(file), m![1]))]).toEqual([file, true]);
  }
});
