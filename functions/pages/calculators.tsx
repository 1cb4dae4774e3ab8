/** @jsxImportSource hono/jsx */
/**
 * `/calculate/waiting-period`, `/calculate/back-payment`, `/calculate/lapse`: forms whose field
 * names are the API body's paths (read from the route's schema, see form-body). A GET with the
 * fields as query parameters posts them to the API route and shows its answer with the trace,
 * assumptions and unknowns, so an answer is a link one can share. A refused form comes back with
 * the API's status and the fields it named marked.
 */
import type { Context } from 'hono';
import type { App, AppEnv } from '../app';
import type { FieldError } from '../errors';
import type { Api } from './api';
import { PageError } from './errors';
import { Evidence, type SourceView } from './evidence';
import { bodyFieldsOf, bodyFromForm, isSubmitted, type BodyField } from './form-body';
import { KEY_NAMES, keyName, schemeName, valueText, yuanText } from './labels';
import { Layout } from './layout';
import { regionName } from './regions';

interface Label { label: string; hint?: string; input?: 'month' | 'date' | 'text' | 'number' }

interface Calculator {
  title: string;
  intro: string;
  route: string;
  /** A worked example of the bundled sample, as query parameters. */
  example: { text: string; query: string };
}

export const CALCULATORS: Record<string, Calculator> = {
  'waiting-period': {
    title: '断缴后多久恢复待遇',
    intro: '断缴后重新缴费，医保待遇要等一段时间才恢复（待遇等待期）。填写断缴的年度或月份和缴费日期，按当地规则算出哪天起能报销。',
    route: '/v1/calculate/waiting-period',
    example: { text: '青岛居民医保 2025–2026 年断缴，2026-11-15 缴费', query: 'region=青岛&scheme=resident&lapse.from=2025&lapse.to=2026&paidOn=2026-11-15' },
  },
  'back-payment': {
    title: '补缴要交多少钱',
    intro: '按当地的缴费标准逐月（或逐年）算出补缴金额和滞纳金。',
    route: '/v1/calculate/back-payment',
    example: { text: '克拉玛依灵活就业（统账结合）补缴 2025 年 1–4 月，2025-05-20 缴费', query: 'region=650200&scheme=flexible&variant=统账结合&months.from=2025-01&months.to=2025-04&paidOn=2025-05-20' },
  },
  lapse: {
    title: '职工和灵活就业断缴评估',
    intro: '停缴了几个月，现在补缴：是否还算连续参保，能否补缴、在哪里补缴，要交多少钱，哪天起恢复待遇。',
    route: '/v1/calculate/lapse',
    example: { text: '克拉玛依灵活就业（统账结合）2025 年 1–4 月未缴，2025-05-20 补缴', query: 'region=650200&scheme=flexible&variant=统账结合&months.from=2025-01&months.to=2025-04&paidOn=2025-05-20' },
  },
};

const LABELS: Record<string, Label> = {
  region: { label: '地区', hint: '名称、拼音或六位行政区划代码，如 青岛、qingdao、370200' },
  scheme: { label: '参保类型' },
  variant: { label: '档次或险种', hint: '当地缴费标准区分的档次或部分，如 统账结合、一档；不区分可不填' },
  'lapse.from': { label: '断缴起', hint: '政策年度（2025）或月份（2025-03）' },
  'lapse.to': { label: '断缴止', hint: '政策年度（2026）或月份（2025-06），含当年/当月' },
  'months.from': { label: '欠缴起始月份', hint: '如 2025-01', input: 'month' },
  'months.to': { label: '欠缴截止月份', hint: '含当月，如 2025-04', input: 'month' },
  'years.from': { label: '欠缴起始年度', hint: '居民医保按年度，如 2025', input: 'number' },
  'years.to': { label: '欠缴截止年度', hint: '含当年', input: 'number' },
  paidOn: { label: '缴费日期', input: 'date' },
  repairYears: { label: '多缴修复的年数', hint: '为缩短等待期额外补缴的年数，没有可不填', input: 'number' },
  exempt: { label: '属于免等待期人群', hint: '如新生儿，或当地规定免等待期的人群' },
  backPaid: { label: '断缴月份是否全部补缴' },
  base: { label: '缴费基数（元/月）', hint: '自选的月缴费基数；不填按当地规定', input: 'number' },
};

/** The API's reasons in Chinese where they are the schema's usual ones; any other as the API wrote it. */
const REASONS: [RegExp, string][] = [
  [/ISO date/i, '应为日期，如 2026-11-15'],
  [/a month YYYY-MM/, '应为月份，如 2025-03'],
  [/YYYY \(a policy year\) or YYYY-MM/, '应为政策年度（2025）或月份（2025-03）'],
  [/expected number/i, '应为数字'],
  [/expected (string|object|boolean), received undefined|required/i, '必填'],
  [/no region is called|unknown region/i, '没有这个地区'],
  [/expected one of/i, '不是可选的值之一'],
];

function reasonText(reason: string): string {
  const known = REASONS.find(([pattern]) => pattern.test(reason));
  return known ? `${known[1]}（${reason}）` : reason;
}

const BOOLEAN_OPTIONS = [['', '不填（按默认）'], ['true', '是'], ['false', '否']] as const;

function FormField(props: { field: BodyField; value: string; errors: FieldError[] }) {
  const { field, value, errors } = props;
  const label = LABELS[field.path] ?? { label: field.path };
  const id = `f-${field.path.replace(/\W/g, '-')}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = errors.length > 0;
  const described = [label.hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, name: field.path, 'aria-describedby': described, 'aria-invalid': invalid ? 'true' : undefined, required: field.required };
  let control;
  if (field.kind === 'enum') {
    control = (
      <select {...common}>
        {field.required ? null : <option value="">不填</option>}
        {field.options.map((o) => <option value={o} selected={o === value}>{field.path === 'scheme' ? `${schemeName(o)}（${o}）` : o}</option>)}
      </select>
    );
  } else if (field.kind === 'boolean') {
    control = (
      <select {...common} required={false}>
        {BOOLEAN_OPTIONS.map(([v, text]) => <option value={v} selected={v === value}>{text}</option>)}
      </select>
    );
  } else {
    const type = label.input ?? (field.format === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text');
    control = <input {...common} type={type} value={value} {...(type === 'number' ? { step: 'any', inputmode: 'decimal' } : {})} />;
  }
  return (
    <div class={`field${invalid ? ' invalid' : ''}`}>
      <label for={id}>
        {label.label} <code class="en">{field.path}</code>
      </label>
      {control}
      {label.hint ? <span class="hint" id={hintId}>{label.hint}</span> : null}
      {invalid ? <span class="error" id={errorId}>{errors.map((e) => reasonText(e.reason)).join('；')}</span> : null}
    </div>
  );
}

export async function calculatorPage(c: Context<AppEnv>, api: Api, app: App, name: string) {
  const calculator = CALCULATORS[name];
  const fields = bodyFieldsOf(app, calculator.route);
  if (!fields) throw new PageError(404, '这个计算器还没有上线', `API 还没有 ${calculator.route}。`);
  const form = new URL(c.req.url).searchParams;
  const submitted = isSubmitted(fields, form);
  let answer: Record<string, any> | undefined;
  let problem: { status: number; detail: string; errors: FieldError[] } | undefined;
  if (submitted) {
    const result = await api<Record<string, any>>(calculator.route, bodyFromForm(fields, form));
    if (result.ok) answer = result.body;
    else {
      problem = { status: result.status, detail: result.problem.detail, errors: result.problem.errors ?? [] };
      c.status(result.status >= 400 && result.status < 600 ? (result.status as 400) : 500);
    }
  }
  const errorsOf = (path: string) => problem?.errors.filter((e) => e.field === `body.${path}` || e.field.startsWith(`body.${path}.`)) ?? [];
  const unplaced = problem?.errors.filter((e) => !fields.some((f) => errorsOf(f.path).includes(e))) ?? [];
  return c.html(
    <Layout title={calculator.title}>
      <h1>{calculator.title}</h1>
      <p class="lead">{calculator.intro}</p>
      {problem ? (
        <div class="alert" role="alert">
          <p>
            <strong>{problem.status === 422 ? '现有规则不足以回答：' : '请修改标出的项目：'}</strong>
            {problem.errors.map((e) => `${LABELS[e.field.replace(/^body\./, '')]?.label ?? e.field}：${reasonText(e.reason)}`).join('；') || problem.detail}
          </p>
          {unplaced.length && problem.status !== 422 ? <p class="muted" lang="en">{problem.detail}</p> : null}
        </div>
      ) : null}
      {answer ? <Answer answer={answer} /> : null}
      <form method="get" action={`/calculate/${name}`}>
        <fieldset>
          <legend>填写情况</legend>
          {fields.map((field) => <FormField field={field} value={form.get(field.path) ?? ''} errors={errorsOf(field.path)} />)}
          <button type="submit">计算</button>
        </fieldset>
      </form>
      <p>
        例子：<a href={`/calculate/${name}?${calculator.example.query}`}>{calculator.example.text}</a>
      </p>
      <p class="muted">
        同一个计算的 API：<code>POST {calculator.route}</code>，请求体的字段名就是上面表单的字段名。
      </p>
    </Layout>,
  );
}

const RESULT_LABELS: Record<string, string> = {
  benefitsFrom: '待遇恢复日期',
  benefitsResume: '待遇恢复日期',
  coverageStart: '参保生效日期',
  fixedMonths: '固定等待期（月）',
  variableMonths: '变动等待期（月）',
  repairedMonths: '缴费修复减少（月）',
  totalMonths: '等待期合计（月）',
  lapsedYears: '断缴年度数',
  lapsedMonths: '断缴月数',
  canPayOnline: '能否线上补缴',
  withinLookback: '是否仍可补缴',
  continuous: '是否视为连续参保',
  totals: '金额',
  amount: '补缴金额',
  lateFees: '滞纳金',
  total: '合计',
  unit: '计算单位',
  month: '月份',
  year: '年度',
  dueDate: '应缴截止日',
  daysLate: '逾期天数',
  lateFee: '滞纳金',
  basis: '计算依据',
  where: '补缴方式',
  status: '结论',
};

const MONEY_FIELDS = new Set(['amount', 'lateFees', 'total', 'lateFee', 'owed']);
const SKIP = new Set(['region', 'scheme', 'trace', 'assumptions', 'unknowns']);

function scalarText(name: string, value: unknown): string {
  if (value === null || value === undefined) return '未知';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' && MONEY_FIELDS.has(name)) return yuanText(value);
  if (name === 'unit') return value === 'month' ? '按月' : value === 'year' ? '按年度' : String(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';

function Answer(props: { answer: Record<string, any> }) {
  const { answer } = props;
  const resume = answer.benefitsResume ?? answer.benefitsFrom;
  const entries = Object.entries(answer).filter(([k]) => !SKIP.has(k));
  const tables = entries.filter(([, v]) => Array.isArray(v) && v.every((row) => row && typeof row === 'object'));
  const plainEntries = entries.filter(([, v]) => !Array.isArray(v));
  return (
    <section class="result" aria-labelledby="answer-title">
      <h2 id="answer-title">
        {answer.region?.name ?? ''}
        {answer.scheme ? schemeName(answer.scheme) : ''}：计算结果
      </h2>
      {resume ? <p class="answer">{`待遇恢复日期：${resume}`}</p> : null}
      {answer.totals?.total !== undefined ? <p class="answer">{`合计：${yuanText(answer.totals.total)}`}</p> : null}
      <dl>
        {plainEntries.flatMap(([name, value]) =>
          isScalar(value)
            ? [<dt>{RESULT_LABELS[name] ?? name}</dt>, <dd>{scalarText(name, value)}</dd>]
            : Object.entries(value as Record<string, unknown>).map(([sub, v]) => (
                <>
                  <dt>{`${RESULT_LABELS[name] ?? name} · ${RESULT_LABELS[sub] ?? sub}`}</dt>
                  <dd>{scalarText(sub, v)}</dd>
                </>
              )),
        )}
      </dl>
      {tables.map(([name, rows]) => <RowsTable name={name} rows={rows as Record<string, unknown>[]} />)}
      <Assumptions items={answer.assumptions} />
      <Unknowns items={answer.unknowns} />
      <Trace steps={answer.trace ?? []} />
    </section>
  );
}

function RowsTable(props: { name: string; rows: Record<string, unknown>[] }) {
  if (props.rows.length === 0) return null;
  const columns = [...new Set(props.rows.flatMap((r) => Object.keys(r)))].filter((k) => props.rows.some((r) => isScalar(r[k])));
  return (
    <div class="table-wrap" tabindex={0} role="region" aria-label={props.name === "lines" ? "逐项明细" : RESULT_LABELS[props.name] ?? props.name}>
      <table>
        <caption class="muted">{props.name === 'lines' ? '逐项明细' : RESULT_LABELS[props.name] ?? props.name}</caption>
        <thead>
          <tr>{columns.map((k) => <th scope="col">{RESULT_LABELS[k] ?? k}</th>)}</tr>
        </thead>
        <tbody>
          {props.rows.map((row) => <tr>{columns.map((k) => <td class="num">{scalarText(k, row[k])}</td>)}</tr>)}
        </tbody>
      </table>
    </div>
  );
}

/** Citations and what each item is about, whatever fields the API gives them. */
function Assumptions(props: { items: unknown }) {
  if (!Array.isArray(props.items) || props.items.length === 0) return null;
  return (
    <>
      <h3>采用的默认规定</h3>
      <p class="muted">当地没有查到这些规则，按下列规定计算：</p>
      <ul>
        {props.items.map((a: Record<string, any>) => (
          <li>
            {a.key ? <strong>{keyName(a.key)}</strong> : null}
            {a.value !== undefined ? `：${a.key ? valueText(a.key, a.value) : scalarText('', a.value)}` : ''}
            {a.citation ? `。依据：${a.citation}` : ''}
            {a.detail ? <span class="en" lang="en">{` ${a.detail}`}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function Unknowns(props: { items: unknown }) {
  if (!Array.isArray(props.items) || props.items.length === 0) return null;
  return (
    <>
      <h3>未知项</h3>
      <p class="muted">回答需要这些规则，但当地和上级都没有查到；结果没有把它们当作 0：</p>
      <ul>
        {props.items.map((u: Record<string, any>) => (
          <li>
            {u.key ? <strong>{keyName(u.key)}</strong> : null}
            {Object.entries(u)
              .filter(([k, v]) => k !== 'key' && typeof v === 'string')
              .map(([, v]) => <span lang="en" class="en">{` ${v}`}</span>)}
          </li>
        ))}
      </ul>
    </>
  );
}

const RULE_NAMES: Record<string, string> = {
  paidOn: '缴费日期',
  'coverage start': '参保生效',
  lapse: '断缴期间',
  exempt: '免等待期',
  continuous: '连续参保',
  repairYears: '缴费修复',
  'repair floor': '修复下限',
  backPaid: '是否补缴',
  base: '缴费基数',
  variant: '档次或险种',
  months: '欠缴月份',
  years: '欠缴年度',
};

interface Step {
  rule: string;
  detail: string;
  value: unknown;
  from: 'fact' | 'default' | 'input';
  fact?: { key: string; year: number; region: string; variant: string; inheritedFrom: string | null; hedged: boolean; sources: SourceView[] };
  default?: { value: unknown; citation: string };
}

function Trace(props: { steps: Step[] }) {
  if (props.steps.length === 0) return null;
  return (
    <>
      <h3>计算过程</h3>
      <ol class="trace">
        {props.steps.map((step) => {
          const label = step.fact ? keyName(step.fact.key) : RULE_NAMES[step.rule] ?? (KEY_NAMES[step.rule] ? keyName(step.rule) : step.rule);
          const value = KEY_NAMES[step.rule] ? valueText(step.rule, step.value) : scalarText('', step.value);
          return (
            <li>
              <strong>{label}</strong>：{value}{' '}
              {step.from === 'fact' && step.fact ? (
                <span class="badge official">{`${regionName(step.fact.region)} ${step.fact.year} 年度规则`}</span>
              ) : step.from === 'default' ? (
                <span class="badge default">默认规定</span>
              ) : (
                <span class="badge unofficial">你填写的</span>
              )}
              {step.fact?.hedged ? <span class="badge hedged">表述不确定</span> : null}
              <br />
              <span class="muted" lang="en">{step.detail}</span>
              {step.default ? <><br /><span class="muted">{`依据：${step.default.citation}`}</span></> : null}
              {step.fact?.sources.slice(0, 1).map((s) => <Evidence source={s} factKey={step.fact!.key} value={step.fact!.key === step.rule ? step.value : undefined} />)}
            </li>
          );
        })}
      </ol>
    </>
  );
}


