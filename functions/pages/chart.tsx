/** @jsxImportSource hono/jsx */
/**
 * A figure over the policy years as an SVG line (no script): one small chart per key, one line
 * per variant, each point labelled with its value, and the numbers repeated in a table for
 * screen readers.
 */
import { keyName, valueText } from './labels';

export interface SeriesPoint { year: number; value: number }
export interface Series { variant: string; points: SeriesPoint[] }

const W = 320;
const H = 170;
const PAD = { left: 14, right: 14, top: 22, bottom: 26 };
const COLOURS = ['#0b5cad', '#b3261e', '#1d6b34', '#7b3fa0', '#8a4b00'];

export function YearChart(props: { factKey: string; series: Series[]; years: number[] }) {
  const { factKey, series } = props;
  const years = [...props.years].sort((a, b) => a - b);
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const min = Math.min(...values);
  const max = Math.max(...values);
  // A flat line sits in the middle; otherwise the range is padded by a tenth each way.
  const span = max - min || Math.abs(max) || 1;
  const low = min - span * 0.1;
  const high = max + span * 0.1;
  const x = (year: number) => years.length === 1 ? W / 2 : PAD.left + 24 + ((years.indexOf(year) / (years.length - 1)) * (W - PAD.left - PAD.right - 48));
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * (H - PAD.top - PAD.bottom);
  const title = `${keyName(factKey)}，按政策年度`;
  const summary = series
    .map((s) => `${s.variant ? `${s.variant}：` : ''}${s.points.map((p) => `${p.year}年 ${valueText(factKey, p.value)}`).join('，')}`)
    .join('；');
  return (
    <figure class="chart" data-key={factKey}>
      <figcaption>{keyName(factKey)}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}：${summary}`}>
        <title>{title}</title>
        {years.map((year) => (
          <g>
            <line class="grid" x1={x(year)} x2={x(year)} y1={PAD.top - 8} y2={H - PAD.bottom} />
            <text class="axis" x={x(year)} y={H - 8} text-anchor="middle">{`${year}`}</text>
          </g>
        ))}
        {series.map((s, i) => {
          const colour = COLOURS[i % COLOURS.length];
          const points = [...s.points].sort((a, b) => a.year - b.year);
          return (
            <g class="series" data-variant={s.variant}>
              {points.length > 1 ? (
                <polyline fill="none" stroke={colour} stroke-width="2.5" points={points.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')} />
              ) : null}
              {points.map((p) => (
                <g>
                  <circle cx={x(p.year).toFixed(1)} cy={y(p.value).toFixed(1)} r="4" fill={colour} />
                  <text class="label" x={x(p.year).toFixed(1)} y={(y(p.value) - 8).toFixed(1)} text-anchor="middle">{shortValue(factKey, p.value)}</text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      {series.length > 1 || series.some((s) => s.variant) ? (
        <p class="muted">{series.map((s, i) => <span style={`color:${COLOURS[i % COLOURS.length]}`}>■ {s.variant || '（不分档）'} </span>)}</p>
      ) : null}
    </figure>
  );
}

function shortValue(key: string, value: number): string {
  return valueText(key, value).replace(/ 元$/, '').replace(/^每日 /, '');
}
