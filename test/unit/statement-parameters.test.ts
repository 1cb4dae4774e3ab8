import { describe, expect, it } from 'vitest';
import { getTableColumns } from 'drizzle-orm';
import { createDb, D1_MAX_BOUND_PARAMETERS, rowsPerStatement } from '../../db/client';
import { versionStatements } from '../../db/queries/article-versions';
import { changeEventStatements } from '../../db/queries/changes';
import { webhookOutboxStatements } from '../../db/queries/webhooks';
import * as schema from '../../db/schema';
import type { Fact } from '../../domain/facts';

// Statements are built and read back as SQL; nothing is executed, so no database is needed.
const db = createDb({} as D1Database);
const paramsOf = (statement: unknown) => (statement as { toSQL(): { params: unknown[] } }).toSQL().params.length;

const fact = (i: number): Fact => ({
  region: '450200', scheme: 'resident', year: 2025, key: 'contribution.individual_annual', variant: `档${i}`, value: 400 + i,
  hedged: false, confidence: 0.9, evidence: { quote: `个人缴费${400 + i}元。`, start: i, end: i + 8 },
} as Fact);

describe('rows a statement, from the table and D1\'s 100-parameter limit', () => {
  it('gives every table as many rows as fit when each column binds a parameter', () => {
    for (const table of [schema.facts, schema.changeEvents, schema.scrapeRunPages, schema.webhookDeliveries]) {
      const columns = Object.keys(getTableColumns(table)).length;
      const rows = rowsPerStatement(table);
      expect(rows * columns).toBeLessThanOrEqual(D1_MAX_BOUND_PARAMETERS);
      expect((rows + 1) * columns).toBeGreaterThan(D1_MAX_BOUND_PARAMETERS);
    }
  });

  it('keeps every statement storing a version with many facts and events within the limit', async () => {
    const facts = Array.from({ length: 60 }, (_, i) => fact(i));
    const statements = versionStatements(db, {
      canonicalUrl: 'https://example.org/a.html', adapter: 'generic', sourceId: null, title: 't', publishedAt: null, text: 'x',
      contentHash: 'h', fetchedAt: '2025-01-01T00:00:00.000Z', etag: null, lastModified: null, httpStatus: 200, facts,
    });
    const changes = facts.map((f, i) => ({
      uid: `evt_${i}`, kind: 'added' as const, region: f.region, scheme: f.scheme, year: f.year, key: f.key, variant: f.variant ?? '',
      oldValue: null, newValue: f.value, oldEvidence: null, newEvidence: { ...f.evidence, url: 'https://example.org/a.html' }, newYear: false,
    }));
    statements.push(...changeEventStatements(db, changes as never, 'https://example.org/a.html'));
    statements.push(...(await webhookOutboxStatements(db, changes, { subscriptions: async () => [{ id: 1, regions: null, schemes: null, keys: null }] })));
    expect(statements.length).toBeGreaterThan(10);
    for (const statement of statements) expect(paramsOf(statement)).toBeLessThanOrEqual(D1_MAX_BOUND_PARAMETERS);
  });
});
