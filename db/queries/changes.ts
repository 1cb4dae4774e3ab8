/** Change events: the facts a change is judged against, the statements that record it, the feed. */
import { and, asc, desc, eq, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { DetectedChange } from '../../core/change-detect';
import { chunks, rowsPerStatement, VALUES_PER_STATEMENT, type Db } from '../client';
import { articleVersions, articles, changeEvents, facts, regions } from '../schema';
import type { StoredFact } from '../../domain/facts';
import { factsWithProvenance } from './facts';

/** Current facts of every article for the given regions and keys (D1: ≤100 parameters a statement). */
export async function currentFactsAmong(db: Db, regions: string[], keys: string[]): Promise<StoredFact[]> {
  const rows: StoredFact[] = [];
  const uniqueKeys = [...new Set(keys)];
  const uniqueRegions = [...new Set(regions)];
  // Both lists bind one parameter a value: a third of a statement's values for keys, the rest for regions.
  for (const someKeys of chunks(uniqueKeys, VALUES_PER_STATEMENT / 3)) {
    for (const someRegions of chunks(uniqueRegions, (VALUES_PER_STATEMENT * 2) / 3)) {
      const part = await factsWithProvenance(db, and(eq(facts.current, true), inArray(facts.region, someRegions), inArray(facts.key, someKeys)));
      rows.push(...(part as StoredFact[]));
    }
  }
  return rows;
}

/** A fresh event id, `evt_` and 24 hex digits. */
export function newEventUid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `evt_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Statements recording changes caused by the version being written in the same batch, so
 * `versionOf` (a subquery) finds that version.
 */
export function changeEventStatements(db: Db, changes: (DetectedChange & { uid: string })[], canonicalUrl: string): BatchItem<'sqlite'>[] {
  const articleId: SQL = sql`(select ${articles.id} from ${articles} where ${articles.canonicalUrl} = ${canonicalUrl})`;
  const versionId: SQL = sql`(select max(${articleVersions.id}) from ${articleVersions} where ${articleVersions.articleId} = ${articleId})`;
  const statements: BatchItem<'sqlite'>[] = [];
  for (const rows of chunks(changes, rowsPerStatement(changeEvents))) {
    statements.push(
      db.insert(changeEvents).values(
        rows.map((c) => ({
          uid: c.uid, kind: c.kind, region: c.region, scheme: c.scheme, year: c.year, key: c.key, variant: c.variant,
          oldValue: c.oldValue, newValue: c.newValue, oldEvidence: c.oldEvidence, newEvidence: c.newEvidence,
          newYear: c.newYear, articleId, versionId,
        })),
      ),
    );
  }
  return statements;
}

export interface ChangeFilter {
  since: number;
  region?: string;
  scheme?: string;
  key?: string;
  limit: number;
  /** Newest first: events before this id (none: from the newest), still after `since`. */
  before?: number;
  newestFirst?: boolean;
}

export async function listChanges(db: Db, filter: ChangeFilter) {
  const conditions = [gt(changeEvents.id, filter.since)];
  if (filter.before !== undefined) conditions.push(lt(changeEvents.id, filter.before));
  // A region's events include those of the regions inside it, as webhook filters do.
  if (filter.region) {
    conditions.push(sql`${changeEvents.region} in (with recursive inside(code) as (select ${filter.region} union select ${regions.code} from ${regions} join inside on ${regions.parent} = inside.code) select code from inside)`);
  }
  if (filter.scheme) conditions.push(eq(changeEvents.scheme, filter.scheme));
  if (filter.key) conditions.push(eq(changeEvents.key, filter.key));
  const order = filter.newestFirst ? desc(changeEvents.id) : asc(changeEvents.id);
  return db.select().from(changeEvents).where(and(...conditions)).orderBy(order).limit(filter.limit);
}

export async function changesByUid(db: Db, uids: string[]) {
  if (uids.length === 0) return [];
  return db.select().from(changeEvents).where(inArray(changeEvents.uid, uids));
}
