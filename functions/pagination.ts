/**
 * The one pagination of every list: `?cursor=&limit=` in, `{next, hasMore}` out. A cursor is
 * opaque to clients (the id of the last item seen, encoded); `next` is always the cursor to
 * continue from, so a feed can be polled with it later, and `hasMore` says whether to go on now.
 */
import { z } from '@hono/zod-openapi';
import { badField } from './errors';

const PREFIX = 'c1.';

export function encodeCursor(id: number): string {
  return PREFIX + btoa(String(id)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The id a cursor stands for, or a 400 naming `query.cursor`. */
export function decodeCursor(cursor: string): number {
  if (cursor.startsWith(PREFIX)) {
    try {
      const id = Number(atob(cursor.slice(PREFIX.length).replace(/-/g, '+').replace(/_/g, '/')));
      if (Number.isSafeInteger(id) && id >= 0) return id;
    } catch {
      // falls through to the 400
    }
  }
  throw badField('query.cursor', 'not a cursor this API gave out (use the `next` of the previous page)');
}

/** `cursor` and `limit` query members, for a list of at most `max` items a page. */
export function pageQuery(options: { defaultLimit: number; max: number }) {
  return {
    cursor: z.string().max(64).optional().openapi({ example: 'c1.NDI', description: 'The `next` of the previous page; omit for the first page.' }),
    limit: z.coerce.number().int().min(1).max(options.max).default(options.defaultLimit).openapi({ example: options.defaultLimit }),
  };
}

export const PageInfo = {
  next: z.string().openapi({ example: 'c1.NDI', description: 'The cursor to continue from (pass it as `cursor`).' }),
  hasMore: z.boolean().openapi({ example: false, description: 'Whether another page follows now.' }),
};

/**
 * One page of `rows` read with `limit + 1`: the first `limit`, and the cursor after them.
 * @param start the cursor position the page was read from (kept when the page is empty)
 */
export function pageOf<T>(rows: T[], limit: number, idOf: (row: T) => number, start: number): { items: T[]; next: string; hasMore: boolean } {
  const items = rows.slice(0, limit);
  const last = items.length ? idOf(items[items.length - 1]) : start;
  return { items, next: encodeCursor(last), hasMore: rows.length > limit };
}
