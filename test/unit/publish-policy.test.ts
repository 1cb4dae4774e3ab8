import { describe, expect, it } from 'vitest';
import { detectChanges } from '../../core/change-detect';
import { publishDecision } from '../../core/publish-policy';
import type { StoredFact } from '../../domain/facts';

const fact = (over: Partial<StoredFact>): StoredFact => ({
  id: 1, region: '450300', scheme: 'resident', year: 2030, key: 'contribution.individual_annual', variant: '', value: 400, hedged: false,
  confidence: 0.9, quote: '桂林市2030年度城乡居民医保个人缴费标准为每人每年400元。', start: 0, end: 10, articleId: 1, versionId: 1,
  url: 'https://ybj.guilin.example.gov.cn/a.html', title: 't', publishedAt: null, fetchedAt: '2030-01-01T00:00:00.000Z', adapter: 'gov-notice', official: true,
  ...over,
});

function decide(current: StoredFact[], incoming: StoredFact[], official = incoming[0]?.official ?? false) {
  return publishDecision(detectChanges(current, 2, incoming), current, 2, official);
}

describe('publishing at once or holding for review', () => {
  it('publishes a confident, unhedged value from an official source', () => {
    expect(decide([], [fact({ id: 9, articleId: 2 })]).publish).toBe(true);
  });

  it('holds a value from an unofficial source, a hedged one and one below 0.8 confidence, saying why', () => {
    for (const [over, reason] of [
      [{ official: false }, 'unofficial source'],
      [{ hedged: true }, 'hedged'],
      [{ confidence: 0.79 }, 'confidence 0.79 below 0.8'],
    ] as const) {
      const decision = decide([], [fact({ id: 9, articleId: 2, ...over })]);
      expect(decision.publish).toBe(false);
      expect(decision.judged[0].reasons).toContain(reason);
    }
  });

  it('holds an official value that conflicts with another official value in force', () => {
    const inForce = fact({ id: 3, articleId: 1, value: 400, publishedAt: '2031-01-01' });
    const decision = decide([inForce], [fact({ id: 9, articleId: 2, value: 420, publishedAt: '2032-01-01' })]);
    expect(decision.publish).toBe(false);
    expect(decision.judged[0].reasons.join()).toMatch(/conflicts with the official value 400/);
  });

  it('holds a removal by an unofficial page, and publishes one by an official page', () => {
    const mine = fact({ id: 3, articleId: 2, official: false });
    expect(publishDecision(detectChanges([mine], 2, []), [mine], 2, false).publish).toBe(false);
    expect(publishDecision(detectChanges([mine], 2, []), [mine], 2, true).publish).toBe(true);
  });
});
