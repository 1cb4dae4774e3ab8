/**
 * A national-scale store: every region of the gazetteer (country, provinces, prefectures,
 * counties) × 10 policy years × 3 schemes × 25 keys, all current, written straight into the
 * SQLite file behind a local D1 (miniflare keeps one per database) with `node:sqlite`. That takes
 * seconds where `wrangler d1 execute` over generated SQL takes many minutes. The file must have
 * been created by `wrangler d1 migrations apply` and no workerd may have it open.
 *
 * Each (province, year) is one synthetic article with one version, as a provincial notice would
 * be; national facts hang off their own articles. Values are plausible for their key, so the
 * lookups, diffs and calculators do their ordinary work on them.
 */
import { DatabaseSync } from 'node:sqlite';
import { allRegions, NATIONAL_CODE, type Region } from '../domain/gazetteer/index';
import { FACT_KEYS, SCHEMES, type FactKey } from '../domain/facts';

export const NATIONAL_YEARS = Array.from({ length: 10 }, (_, i) => 2018 + i);
export const NATIONAL_KEYS: readonly FactKey[] = FACT_KEYS.slice(0, 25);

export interface NationalData {
  regions: number;
  articles: number;
  facts: number;
}

/** Deterministic small numbers from a region code, so the same run always writes the same store. */
function spread(code: string, salt: number, range: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 16777619);
  return (h >>> 0) % range;
}

export function valueFor(key: FactKey, code: string, year: number): unknown {
  const step = year - 2018;
  switch (key) {
    case 'contribution.rate':
      return 0.06 + spread(code, 1, 4) / 100;
    case 'enrollment.window':
      return { start: `${year - 1}-09-01`, end: `${year - 1}-12-31` };
    case 'enrollment.late_window':
      return { start: `${year}-01-01`, end: `${year}-06-30` };
    case 'enrollment.newborn_days':
      return 90;
    case 'lapse.grace_months':
      return 3;
    case 'backpay.online_max_months':
      return 3;
    case 'backpay.max_lookback_months':
      return 24;
    case 'late_fee.daily_rate':
      return 0.0005;
    case 'waiting.fixed_months':
      return 3;
    case 'waiting.per_lapsed_year_months':
    case 'waiting.repair_per_year_months':
      return 1;
    case 'waiting.max_months':
      return 12;
    case 'waiting.tiers':
      return [
        { maxLapseDays: 60, startOffsetMonths: 1 },
        { maxLapseDays: 180, startOffsetMonths: 3 },
        { maxLapseDays: null, startOffsetMonths: 6 },
      ];
    case 'incentive.continuous_years':
      return 4;
    case 'aid.tilted_rate_min':
      return 0.5;
    default:
      // Money: a yearly rise on a regional level, like the published standards.
      return 300 + spread(code, key.length, 200) + step * 20;
  }
}

const provinceOf = (region: Region) => (region.code === NATIONAL_CODE ? NATIONAL_CODE : `${region.code.slice(0, 2)}0000`);

/** Writes the store into `sqlitePath`; returns what it wrote. */
export function writeNationalData(sqlitePath: string): NationalData {
  const db = new DatabaseSync(sqlitePath);
  try {
    const regions = allRegions();
    const byProvince = new Map<string, Region[]>();
    for (const region of regions) {
      const members = byProvince.get(provinceOf(region)) ?? [];
      members.push(region);
      byProvince.set(provinceOf(region), members);
    }

    const insertArticle = db.prepare(
      "INSERT INTO articles (canonical_url, title, published_at, adapter) VALUES (?, ?, ?, 'gov-notice') RETURNING id",
    );
    const insertVersion = db.prepare(
      'INSERT INTO article_versions (article_id, text, content_hash, fetched_at, http_status, title, facts_count) VALUES (?, ?, ?, ?, 200, ?, ?) RETURNING id',
    );
    const insertFact = db.prepare(
      'INSERT INTO facts (version_id, article_id, region, scheme, year, key, variant, value_json, hedged, quote, start, "end", current) VALUES (?, ?, ?, ?, ?, ?, \'\', ?, 0, ?, ?, ?, 1)',
    );

    let articles = 0;
    let facts = 0;
    db.exec('BEGIN');
    for (const year of NATIONAL_YEARS) {
      for (const [province, members] of byProvince) {
        const title = `${year}年度${regions.find((r) => r.code === province)?.name ?? province}医疗保障待遇和缴费标准`;
        const count = members.length * SCHEMES.length * NATIONAL_KEYS.length;
        const { id: articleId } = insertArticle.get(`https://bench.example/national/${province}/${year}.html`, title, `${year - 1}-08-01`) as { id: number };
        const { id: versionId } = insertVersion.get(articleId, title, `bench-${province}-${year}`, `${year - 1}-08-02T00:00:00.000Z`, title, count) as { id: number };
        articles++;
        for (const region of members) {
          for (const scheme of SCHEMES) {
            for (const key of NATIONAL_KEYS) {
              const value = valueFor(key, region.code, year);
              const quote = `${year}年度${region.name}${key}为${typeof value === 'number' ? value : JSON.stringify(value)}。`;
              insertFact.run(versionId, articleId, region.code, scheme, year, key, JSON.stringify(value), quote, 0, quote.length);
              facts++;
            }
          }
        }
      }
    }
    db.exec('COMMIT');
    // Miniflare reopens the file itself; leave no write-ahead log behind for it to replay.
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return { regions: regions.length, articles, facts };
  } finally {
    db.close();
  }
}
