/** @jsxImportSource hono/jsx */
/**
 * `/regions/{code or name}?scheme=&year=`: a region's rules for one scheme and policy year, each
 * with its evidence, inheritance, hedging and conflicts, and its contribution figures over the
 * policy years as a chart. Every value is the answer of `GET /v1/regions/{code}/facts` for that
 * year; the years are `GET /v1/regions/{code}/years`.
 */
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../app';
import type { FactInForceSchema } from '../routes/regions/schemas';
import { SCHEMES } from '../../domain/facts';
import type { Api } from './api';
import { YearChart, type Series } from './chart';
import { PageError, pageErrorFrom } from './errors';
import { Evidence, OfficialBadge } from './evidence';
import { LEVEL_NAMES, keyName, schemeName, valueText } from './labels';
import { Layout, SearchForm } from './layout';
import { regionName, regionWithYears, type RegionView } from './regions';

type FactView = z.infer<typeof FactInForceSchema>;
type FactsAnswer = { facts: FactView[] };

/** Most charts a region page draws years for: the latest policy years. */
const CHART_YEARS = 8;

const GROUPS: { title: string; test: (key: string) => boolean }[] = [
  { title: '缴费标准', test: (k) => k.startsWith('contribution.') || k.startsWith('wage.') },
  { title: '参保、断缴与补缴', test: (k) => /^(enrollment|lapse|backpay|late_fee)\./.test(k) },
  { title: '待遇等待期', test: (k) => k.startsWith('waiting.') },
  { title: '激励、救助与退休', test: () => true },
];

/** The year to show when none is asked for: the latest at or before this year, else the earliest. */
function defaultYear(years: number[], today: Date): number {
  const now = today.getUTCFullYear();
  const past = years.filter((y) => y <= now);
  return past.length ? Math.max(...past) : Math.min(...years);
}

export async function regionPage(c: Context<AppEnv>, api: Api) {
  const ref = decodeURIComponent(c.req.param('ref') ?? '');
  const { region, years: coverage } = await regionWithYears(api, ref);
  if (region.code !== ref) return c.redirect(`/regions/${region.code}${new URL(c.req.url).search}`, 302);
  const schemeParam = c.req.query('scheme');
  const yearParam = c.req.query('year');
  if (schemeParam && !(SCHEMES as readonly string[]).includes(schemeParam)) {
    throw new PageError(400, '参保类型有误', `scheme 只能是 ${SCHEMES.map((s) => `${s}（${schemeName(s)}）`).join('、')}。`, [{ field: 'query.scheme', reason: `unknown scheme ${schemeParam}` }]);
  }
  if (yearParam !== undefined && !/^\d{4}$/.test(yearParam)) {
    throw new PageError(400, '年度有误', 'year 应是四位数的政策年度，例如 2025。', [{ field: 'query.year', reason: 'a four-digit policy year' }]);
  }

  const schemes = SCHEMES.filter((s) => coverage.some((y) => y.schemes.includes(s)));
  const scheme = schemeParam ?? schemes[0];
  const schemeYears = coverage.filter((y) => y.schemes.includes(scheme ?? '')).map((y) => y.year);
  const year = yearParam ? Number(yearParam) : schemeYears.length ? defaultYear(schemeYears, new Date()) : undefined;

  const chartYears = [...new Set([...schemeYears.slice(-CHART_YEARS), ...(year !== undefined ? [year] : [])])].sort();
  const answers = new Map<number, FactView[]>();
  await Promise.all(
    chartYears.map(async (y) => {
      const answer = await api<FactsAnswer>(`/v1/regions/${region.code}/facts?scheme=${scheme}&year=${y}`);
      if (!answer.ok) throw pageErrorFrom(answer.problem);
      answers.set(y, answer.body.facts);
    }),
  );
  const facts = year !== undefined ? answers.get(year) ?? [] : [];

  return c.html(
    <Layout title={`${region.name}医保规则`} description={`${region.name}的医保缴费、断缴和补缴规则，每项附原文出处。`}>
      <p class="muted">
        <a href="/">首页</a> › {region.parent ? <><a href={`/regions/${region.parent}`}>{regionName(region.parent)}</a> › </> : null}
        {region.name}
      </p>
      <h1>
        {region.name} <span class="en">{region.code} · {LEVEL_NAMES[region.level] ?? region.level}</span>
      </h1>
      {schemes.length === 0 ? (
        <NoData region={region} />
      ) : (
        <>
          <nav aria-label="参保类型">
            <ul class="pills">
              {schemes.map((s) => (
                <li>
                  <a href={`/regions/${region.code}?scheme=${s}`} aria-current={s === scheme ? 'page' : undefined}>{schemeName(s)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <nav aria-label="政策年度">
            <ul class="pills">
              {schemeYears.map((y) => (
                <li>
                  <a href={`/regions/${region.code}?scheme=${scheme}&year=${y}`} aria-current={y === year ? 'page' : undefined}>{`${y} 年度`}</a>
                </li>
              ))}
            </ul>
          </nav>
          <Actions region={region} scheme={scheme!} year={year} years={schemeYears} />
          <Charts answers={answers} years={chartYears} />
          <h2>{`${year} 年度${schemeName(scheme!)}规则`}</h2>
          {facts.length === 0 ? (
            <p>{`${year} 年度没有${schemeName(scheme!)}的规则。有规则的年度：${schemeYears.join('、') || '无'}。`}</p>
          ) : (
            GROUPS.map((group, i) => {
              const inGroup = facts.filter((f) => group.test(f.key) && !GROUPS.slice(0, i).some((g) => g.test(f.key)));
              return inGroup.length ? (
                <section>
                  <h3>{group.title}</h3>
                  {inGroup.map((fact) => <FactCard fact={fact} />)}
                </section>
              ) : null;
            })
          )}
        </>
      )}
    </Layout>,
  );
}

function NoData(props: { region: RegionView }) {
  return (
    <>
      <p>yibao 还没有{props.region.name}的规则，也没有可以继承的上级地区或全国规则。</p>
      <SearchForm id="region-q" />
    </>
  );
}

function Actions(props: { region: RegionView; scheme: string; year: number | undefined; years: number[] }) {
  const { region, scheme, year, years } = props;
  const previous = year !== undefined ? years.filter((y) => y < year).at(-1) : undefined;
  const q = `region=${region.code}&scheme=${scheme}`;
  return (
    <p>
      {previous !== undefined ? (
        <><a href={`/regions/${region.code}/diff?scheme=${scheme}&from=${previous}&to=${year}`}>{`${previous} → ${year} 年度有什么变化`}</a> · </>
      ) : null}
      {scheme === 'resident' ? <a href={`/calculate/waiting-period?${q}`}>算等待期</a> : <a href={`/calculate/lapse?${q}`}>断缴评估</a>} ·{' '}
      <a href={`/calculate/back-payment?${q}`}>算补缴金额</a> · <a href={`/changes?region=${region.code}`}>变更记录</a> ·{' '}
      <a href={`/v1/regions/${region.code}/facts?scheme=${scheme}${year !== undefined ? `&year=${year}` : ''}`}>JSON</a>
    </p>
  );
}

function Charts(props: { answers: Map<number, FactView[]>; years: number[] }) {
  const byKey = new Map<string, Map<string, Series>>();
  for (const [year, facts] of props.answers) {
    for (const fact of facts) {
      if (!fact.key.startsWith('contribution.') || typeof fact.value !== 'number') continue;
      const series = byKey.get(fact.key) ?? new Map<string, Series>();
      byKey.set(fact.key, series);
      const line = series.get(fact.variant) ?? { variant: fact.variant, points: [] };
      series.set(fact.variant, line);
      line.points.push({ year, value: fact.value });
    }
  }
  if (byKey.size === 0) return null;
  return (
    <section aria-labelledby="chart-title">
      <h2 id="chart-title">缴费标准历年变化</h2>
      <div class="charts">
        {[...byKey].sort(([a], [b]) => a.localeCompare(b)).map(([key, series]) => (
          <YearChart factKey={key} series={[...series.values()]} years={props.years} />
        ))}
      </div>
    </section>
  );
}

function Badges(props: { fact: { hedged: boolean; inheritedFrom: string | null } }) {
  return (
    <>
      {props.fact.hedged ? <span class="badge hedged" title="原文用了“一般”“部分地区”“可能”等字眼">表述不确定</span> : null}
      {props.fact.inheritedFrom ? <span class="badge inherited">{`沿用${regionName(props.fact.inheritedFrom)}的规定`}</span> : null}
    </>
  );
}

/** Why the value in force beat a conflicting one, by the first rule of the API's precedence that tells them apart. */
function whyInForce(fact: FactView, conflict: FactView['conflicts'][number]): string {
  const official = (sources: { official?: boolean }[]) => sources.some((s) => s.official);
  if (official(fact.sources) && !official(conflict.sources)) return '官方通知优先于聚合网站';
  if (!fact.hedged && conflict.hedged) return '确定的表述优先于“一般”“部分地区”等不确定的表述';
  return '同等条件下，较新的文章优先';
}

function FactCard(props: { fact: FactView }) {
  const { fact } = props;
  const sources = fact.sources.map((source) => <Evidence source={source} factKey={fact.key} value={fact.value} />);
  return (
    <article class="fact" data-key={fact.key}>
      <div class="head">
        <strong>{keyName(fact.key)}</strong>
        {fact.variant ? <span>{fact.variant}</span> : null}
        <span class="value">{valueText(fact.key, fact.value)}</span>
        <Badges fact={fact} />
        {typeof fact.confidence === 'number' ? <span class="muted" title="抽取的可信程度（0–1）：0.8 及以上的，在未见过的文章上至少 95% 正确">{`可信度 ${fact.confidence.toFixed(2)}`}</span> : null}
      </div>
      {fact.conflicts.length === 0 ? (
        sources
      ) : (
        <>
          <p>{`来源之间说法不一（${fact.conflicts.length + 1} 种）。采用的是第一种：`}</p>
          <div class="conflicts">
            <div class="winner">
              <p>
                <strong>采用：{valueText(fact.key, fact.value)}</strong> <OfficialBadge official={fact.sources.some((s) => s.official)} />
              </p>
              {sources}
            </div>
            {fact.conflicts.map((conflict) => (
              <div>
                <p>
                  <strong>未采用：{valueText(fact.key, conflict.value)}</strong> {conflict.hedged ? <span class="badge hedged">表述不确定</span> : null}
                </p>
                <p class="muted">{`原因：${whyInForce(fact, conflict)}。`}</p>
                {conflict.sources.map((source) => <Evidence source={source} factKey={fact.key} value={conflict.value} />)}
              </div>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
