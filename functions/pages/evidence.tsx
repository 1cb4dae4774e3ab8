/** @jsxImportSource hono/jsx */
/** A value's evidence: the sentence it came from with the figure marked, and where that sentence was read. */
import { day, markFigure } from './labels';

export interface SourceView {
  url: string;
  title: string | null;
  quote: string;
  fetchedAt: string;
  checkedAt?: string | null;
  official?: boolean;
}

export function OfficialBadge(props: { official: boolean | undefined }) {
  if (props.official === undefined) return null;
  return props.official ? <span class="badge official">官方通知</span> : <span class="badge unofficial">非官方（聚合网站）</span>;
}

export function Evidence(props: { source: SourceView; factKey: string; value: unknown }) {
  const { source } = props;
  const marked = markFigure(source.quote, props.factKey, props.value);
  return (
    <figure class="evidence">
      <blockquote cite={source.url}>
        {marked ? (
          <>
            “{marked.before}<mark>{marked.figure}</mark>{marked.after}”
          </>
        ) : (
          `“${source.quote}”`
        )}
      </blockquote>
      <figcaption class="src">
        出处：<a href={source.url} rel="noopener noreferrer">{source.title || source.url}</a> · 抓取于 {day(source.fetchedAt)}
        {source.checkedAt ? ` · 最近核对 ${day(source.checkedAt)}` : ''} <OfficialBadge official={source.official} />
      </figcaption>
    </figure>
  );
}
