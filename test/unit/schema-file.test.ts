import { readFileSync } from 'node:fs';
import path from 'node:path';
import { campaignSchema } from '../../src/campaign/schema';

test('campaigns/campaign.schema.json (for editors) is the schema the validator uses', () => {
  const file = JSON.parse(readFileSync(path.resolve(__dirname, '../../campaigns/campaign.schema.json'), 'utf8'));
  expect(file).toEqual(JSON.parse(JSON.stringify(campaignSchema)));
});

test('every field of the schema has a Chinese description', () => {
  const undocumented: string[] = [];
  const visit = (node: unknown, where: string) => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    // Conditions (if: {properties: {kind: {const: …}}}) name no field of their own.
    if (n.properties && typeof n.properties === 'object' && !where.endsWith('/if')) {
      for (const [key, value] of Object.entries(n.properties as Record<string, Record<string, unknown> | true>)) {
        if (value === true) continue;
        const documented = typeof value.description === 'string' && /[\u4e00-\u9fff]/.test(value.description);
        if (!documented && !value.$ref) undocumented.push(`${where}.${key}`);
      }
    }
    for (const [k, v] of Object.entries(n)) visit(v, `${where}/${k}`);
  };
  visit(campaignSchema, '#');
  expect(undocumented).toEqual([]);
});
