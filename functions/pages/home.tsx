/** @jsxImportSource hono/jsx */
/**
 * `/`: what yibao is, the search box, what the database covers (regions × policy years, a cell
 * per scheme; `GET /v1/coverage`) and the latest rule changes (`GET /v1/changes`). `/search?q=`
 * answers the box with `GET /v1/regions?q=`, straight to the region when one is meant.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../app';
import { SCHEMES } from '../../domain/facts';
import type { Api } from './api';
import { latestChanges, ChangeList, type ChangeEventView } from './changes';
import { pageErrorFrom } from './errors';
import { LEVEL_NAMES, SCHEME_SHORT, schemeName } from './labels';
import { Layout, SearchForm } from './layout';
import { regionName, regionView, type RegionView, type YearsAnswer } from './regions';

interface CoverageView {
  regions: { region: RegionView; schemes: { scheme: string; years: { year: number; facts: number }[] }[] }[];
}

export async function homePage(c: Context<AppEnv>, api: Api) {
  const [coverage, changes] = await Promise.all([api<CoverageView>('/v1/coverage'), latestChanges(api, {}, 8)]);
  if (!coverage.ok) throw pageErrorFrom(coverage.problem);
  return c.html(
    <Layout title="首页" description="各地医保缴费、断缴、补缴和待遇等待期规则，每项附原文出处。">
      <h1>医保断缴了怎么办？先查当地的规则</h1>
      <p class="lead">
        yibao 把各地医保部门和其他网站公开的文章读成一条条规则：缴费标准、集中缴费期、补缴期、滞纳金、断缴后的待遇等待期。每个数值都附有原文句子和出处，并区分官方通知与聚合网站。
      </p>
      <SearchForm />
      <p>
        或者直接计算：<a href="/calculate/waiting-period">断缴后多久恢复待遇</a> · <a href="/calculate/back-payment">补缴要交多少钱</a> ·{' '}
        <a href="/calculate/lapse">职工和灵活就业断缴评估</a>
      </p>
      <CoverageTable coverage={coverage.body} />
      <h2>最近的规则变化</h2>
      {changes.length ? <ChangeList changes={changes} /> : <p>还没有记录到变化。</p>}
      <p><a href="/changes">全部变更记录</a></p>
    </Layout>,
  );
}

function CoverageTable(props: { coverage: CoverageView }) {
  const rows = props.coverage.regions;
  const years = [...new Set(rows.flatMap((r) => r.schemes.flatMap((s) => s.years.map((y) => y.year))))].sort();
  return (
    <section aria-labelledby="coverage-title">
      <h2 id="coverage-title">已收录的地区和年度</h2>
      <p class="muted">
        每格是该地区在该政策年度有自己规则的参保类型：
        {SCHEMES.map((s) => <> <span class={`dot scheme-${s}`}>{SCHEME_SHORT[s]}</span> {schemeName(s)}</>)}
        。地市没有规定的项目沿用省级和全国的规定。
      </p>
      <div class="table-wrap" tabindex={0} role="region" aria-label="已收录的地区和年度（表格）">
        <table class="coverage">
          <thead>
            <tr>
              <th scope="col">地区</th>
              {years.map((y) => <th scope="col">{String(y)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ region, schemes }) => (
              <tr>
                <th scope="row">
                  <a href={`/regions/${region.code}`}>{region.name}</a> <span class="en">{LEVEL_NAMES[region.level] ?? ''}</span>
                </th>
                {years.map((year) => (
                  <td>
                    {schemes
                      .filter((s) => s.years.some((y) => y.year === year))
                      .map((s) => {
                        const facts = s.years.find((y) => y.year === year)!.facts;
                        return (
                          <a class={`dot scheme-${s.scheme}`} href={`/regions/${region.code}?scheme=${s.scheme}&year=${year}`} title={`${region.name} ${year} 年度${schemeName(s.scheme)}：${facts} 条规则`}>
                            {SCHEME_SHORT[s.scheme] ?? s.scheme}
                          </a>
                        );
                      })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export async function searchPage(c: Context<AppEnv>, api: Api) {
  const q = (c.req.query('q') ?? '').trim();
  if (!q) return c.redirect('/', 302);
  // The API's resolver decides what the words mean; its list search offers the near misses.
  const [resolved, listed] = await Promise.all([
    api<YearsAnswer>(`/v1/regions/${encodeURIComponent(q)}/years`),
    api<{ regions: RegionView[] }>(`/v1/regions?q=${encodeURIComponent(q)}&limit=20`),
  ]);
  if (resolved.ok) return c.redirect(`/regions/${resolved.body.region}`, 302);
  if (!listed.ok) throw pageErrorFrom(listed.problem, '请输入地区名称、拼音或六位行政区划代码，最多 50 个字。');
  const candidates = resolved.problem.candidates?.length ? resolved.problem.candidates.map((r) => regionView(r.code)) : listed.body.regions;
  const found = { candidates };
  c.status(found.candidates.length ? 200 : 404);
  return c.html(
    <Layout title={`搜索“${q}”`}>
      <h1>{`搜索“${q}”`}</h1>
      <SearchForm value={q} />
      {found.candidates.length ? (
        <ul>
          {found.candidates.map((r) => (
            <li>
              <a href={`/regions/${r.code}`}>{`${r.parent && r.level === 'county' ? regionName(r.parent) : ''}${r.name}`}</a> <span class="en">{r.code} · {LEVEL_NAMES[r.level] ?? r.level}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>没有找到叫“{q}”的地区。可以试试地区全称（柳州市）、简称（柳州）、拼音（liuzhou）或六位行政区划代码（450200）。</p>
      )}
    </Layout>,
  );
}

