/**
 * Ingest: what a page says now becomes a stored version, the one place article versions are
 * written. Reading (normalise, hash, extract) is pure and runs while another page is written;
 * storing compares with the latest version, works out the change events in the rules in force
 * and writes the version, its facts, the events, the webhook outbox and the caller's bookkeeping
 * in one `db.batch()`. Nothing is written when the normalised text is unchanged.
 *
 * Review before publishing (`core/publish-policy.ts`): unless the caller publishes directly, a
 * version whose changes are not all publishable at once is stored with its facts not in force and
 * a review item holding its changes; no change event, no webhook. `approveReview` publishes it
 * later. Any new version supersedes the article's pending item.
 */
import type { BatchItem } from 'drizzle-orm/batch';
import { publishBatch, type Bumps, type DataVersion } from '../../db/data-version';
import type { Db } from '../../db/client';
import { articleCheckedStatement, latestVersionOf, versionStatements, type LatestVersion } from '../../db/queries/article-versions';
import { changeEventStatements, currentFactsAmong, newEventUid } from '../../db/queries/changes';
import { currentFactsOfArticle } from '../../db/queries/facts';
import { webhookOutboxStatements, type ActiveSubscription } from '../../db/queries/webhooks';
import { detectChanges } from '../../core/change-detect';
import { publishDecision } from '../../core/publish-policy';
import { reviewStatements } from '../../db/queries/reviews';
import { trustOfUrl, type Trust } from '../../domain/official-sites';
import type { Fact as ExtractedFact, StoredFact } from '../../domain/facts';
import { extractFacts } from '../extract/index';
import type { ParsedPage } from '../sources/index';

export interface IngestInput {
  canonicalUrl: string;
  /** The adapter that read the page; `text` when the text was given directly. */
  adapter: string;
  sourceId: number | null;
  page: Pick<ParsedPage, 'title' | 'text' | 'publishedAt'>;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  httpStatus: number;
  /** The latest stored version: null when there is none, undefined when not looked up yet. */
  previous?: LatestVersion | null;
  /** The source's trust (or what the operator said on import); by default, by the host. */
  trust?: Trust;
  /** Publish every change at once (an operator's import) rather than by the review policy. */
  publishDirectly?: boolean;
}

export interface IngestResult {
  outcome: 'new' | 'changed' | 'unchanged';
  facts: number;
  /** Set when the page stopped stating rules: how many the previous version stated (they stay current). */
  previousFacts: number | null;
  /** Why, in words, when there is something to say. */
  detail: string | null;
  /** Changes to the rules in force published at once, and those held for review. */
  published: number;
  held: number;
  /** The review item holding the version's changes, when they wait. */
  reviewId: number | null;
}

/** A page's text made ready to store: normalised, hashed and, unless known unchanged, its facts. */
export interface ReadArticle {
  input: IngestInput;
  title: string;
  text: string;
  contentHash: string;
  /** Null when the text is the same as the known previous version's: there is nothing to extract. */
  facts: ExtractedFact[] | null;
}

/** The reading half of storing a page: pure, so it can run while another page is being written. */
export async function readArticle(input: IngestInput): Promise<ReadArticle> {
  const text = normaliseText(input.page.text);
  const title = input.page.title.trim();
  const contentHash = await sha256(`${title}\n${text}`);
  const unchanged = input.previous?.contentHash === contentHash;
  return { input, title, text, contentHash, facts: unchanged ? null : factsOf(input, title, text) };
}

function factsOf(input: IngestInput, title: string, text: string): ExtractedFact[] {
  return extractFacts({ title, text, url: input.canonicalUrl, ...(input.page.publishedAt ? { publishedAt: input.page.publishedAt } : {}) });
}

/** Statements the caller adds to a page's batch, given what storing it will do. */
export type Alongside = (result: IngestResult) => BatchItem<'sqlite'>[];

/**
 * Stores what a page says now: nothing when its normalised text is unchanged, else a new version
 * with its facts. `alongside` adds the caller's bookkeeping to the same batch.
 */
export async function ingestPage(db: Db, input: IngestInput, context: StoreContext, alongside: Alongside = () => []): Promise<IngestResult> {
  const previous = input.previous === undefined ? (await latestVersionOf(db, input.canonicalUrl)) ?? null : input.previous;
  return storeArticle(db, await readArticle({ ...input, previous }), alongside, context);
}

export interface StoreContext {
  /** The KV namespace of the data version, bumped once a new version is written. */
  kv: KVNamespace;
  /** Which memo of the data version learns of the bump at once: the isolate's unless given. */
  version?: DataVersion;
  /** A scrape run's bumps, shared by its pages; without them each stored version bumps the data version itself. */
  bumps?: Bumps;
  subscriptions?: () => Promise<ActiveSubscription[]>;
}

/** The writing half: compares with the latest version, works out the change events, writes one batch. */
export async function storeArticle(
  db: Db,
  article: ReadArticle,
  alongside: Alongside,
  context: StoreContext,
): Promise<IngestResult> {
  const { input, title, text, contentHash } = article;
  const previous = input.previous === undefined ? await latestVersionOf(db, input.canonicalUrl) : input.previous ?? undefined;
  if (previous && previous.contentHash === contentHash) {
    const result: IngestResult = { outcome: 'unchanged', facts: 0, previousFacts: null, detail: 'same text', published: 0, held: 0, reviewId: null };
    // The page still says what is stored: it is still published as of this visit.
    await writeBatch(db, [articleCheckedStatement(db, input.canonicalUrl, input.fetchedAt), ...alongside(result)]);
    return result;
  }
  const facts = article.facts ?? factsOf(input, title, text);
  const lostFacts = previous !== undefined && previous.factsCount > 0 && facts.length === 0;
  const articleId = previous?.articleId ?? null;
  const trust = input.trust ?? trustOfUrl(input.canonicalUrl);
  const around = facts.length ? await factsInForceAround(db, facts, articleId) : [];
  const changes = facts.length ? changesCausedBy(around, article, facts, articleId) : [];
  const decision = publishDecision(changes, around, articleId, trust === 'official');
  const publish = input.publishDirectly === true || decision.publish;
  const result: IngestResult = {
    outcome: previous ? 'changed' : 'new',
    facts: facts.length,
    previousFacts: lostFacts ? previous.factsCount : null,
    detail: lostFacts ? `no_facts: the previous version had ${previous.factsCount}` : null,
    published: publish ? changes.length : 0,
    held: publish ? 0 : changes.length,
    reviewId: null,
  };
  const statements = versionBatch(db, article, facts, publish ? changes : [], { trust, publish });
  if (publish) statements.push(...(await webhookOutboxStatements(db, changes, { subscriptions: context.subscriptions })));
  const review = reviewStatements(db, input.canonicalUrl, input.fetchedAt, publish ? null : decision.judged.map(heldChange));
  // A new version is published data even when no value changed (or its changes wait): its
  // sources, dates and pending values show in answers.
  const target = { db, kv: context.kv, ...(context.version ? { version: context.version } : {}), ...(context.bumps ? { bumps: context.bumps } : {}) };
  const results = await publishBatch(target, [...statements, ...alongside(result), ...review]);
  if (!publish) result.reviewId = (results.at(-1) as { id: number }[] | undefined)?.[0]?.id ?? null;
  return result;
}

/** A held change as the reviewer reads it: both values with their sentences, confidences and why it waits. */
function heldChange({ change, reasons }: ReturnType<typeof publishDecision>['judged'][number]) {
  return {
    kind: change.kind, region: change.region, scheme: change.scheme, year: change.year, key: change.key, variant: change.variant,
    old: change.oldEvidence ? { value: change.oldValue, hedged: change.oldFact?.hedged ?? false, confidence: change.oldFact?.confidence ?? null, evidence: change.oldEvidence } : null,
    new: change.newEvidence ? { value: change.newValue, hedged: change.newFact?.hedged ?? false, confidence: change.newFact?.confidence ?? null, evidence: change.newEvidence } : null,
    reasons,
  };
}

/** The statements writing a version, its facts and the change events it causes. */
export function versionBatch(
  db: Db,
  article: ReadArticle,
  facts: ExtractedFact[],
  changes: ReturnType<typeof changesCausedBy>,
  options: { trust?: Trust; publish?: boolean } = {},
): BatchItem<'sqlite'>[] {
  const { input, title, text, contentHash } = article;
  const statements = versionStatements(db, {
    canonicalUrl: input.canonicalUrl,
    adapter: input.adapter,
    sourceId: input.sourceId,
    title,
    publishedAt: input.page.publishedAt,
    text,
    contentHash,
    fetchedAt: input.fetchedAt,
    etag: input.etag,
    lastModified: input.lastModified,
    httpStatus: input.httpStatus,
    facts,
    trust: options.trust ?? input.trust ?? trustOfUrl(input.canonicalUrl),
    publish: options.publish ?? true,
  });
  statements.push(...changeEventStatements(db, changes, input.canonicalUrl));
  return statements;
}

/** The facts in force that a version with `facts` may change: at its regions and keys, and the article's own. */
export async function factsInForceAround(db: Db, facts: { region: string; key: string }[], articleId: number | null): Promise<StoredFact[]> {
  const mine = articleId === null ? [] : await currentFactsOfArticle(db, articleId);
  const regions = [...facts.map((f) => f.region), ...mine.map((f) => f.region)];
  const keys = [...facts.map((f) => f.key as string), ...mine.map((f) => f.key)];
  return currentFactsAmong(db, regions, keys);
}

/** The change events a version causes in the rules in force, worked out before anything is written. */
export function changesCausedBy(current: StoredFact[], article: ReadArticle, facts: ExtractedFact[], articleId: number | null) {
  const { input, title } = article;
  const incoming: StoredFact[] = facts.map((fact, i) => ({
    id: Number.MAX_SAFE_INTEGER - facts.length + i,
    region: fact.region, scheme: fact.scheme, year: fact.year, key: fact.key, variant: fact.variant ?? '',
    value: fact.value, hedged: fact.hedged, confidence: fact.confidence, quote: fact.evidence.quote, start: fact.evidence.start, end: fact.evidence.end,
    articleId: articleId ?? -1, versionId: -1, url: input.canonicalUrl, title, publishedAt: input.page.publishedAt,
    fetchedAt: input.fetchedAt, checkedAt: input.fetchedAt, adapter: input.adapter,
    official: (input.trust ?? trustOfUrl(input.canonicalUrl)) === 'official',
  }));
  return detectChanges(current, articleId, incoming).map((change) => ({ ...change, uid: newEventUid() }));
}

async function writeBatch(db: Db, statements: BatchItem<'sqlite'>[]): Promise<unknown[]> {
  return statements.length ? db.batch(statements as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]) : [];
}

/** Whitespace differences are not changes: trailing spaces go, runs of blank lines become one. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u3000]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
