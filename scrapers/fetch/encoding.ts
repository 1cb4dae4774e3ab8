/**
 * Character encodings of fetched pages: the charset from the Content-Type header, else a
 * `<meta charset>` in the first bytes, else a sniff. Chinese sites still serve GBK/GB2312; those
 * labels decode as GB18030, their superset.
 */

const SNIFF_BYTES = 4096;

/** Maps a declared label to the decoder this runtime should use. */
export function normaliseCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!name) return null;
  if (/^(gbk|gb2312|gb_2312-80|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312)$/.test(name)) return 'gb18030';
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  if (/^big5/.test(name)) return 'big5';
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/** `Text/HTML; charset=gbk` → `text/html`; null when the header is missing or empty. */
export function mediaTypeOf(contentType: string | null | undefined): string | null {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type || null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return normaliseCharset(match?.[1]);
}

/** `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`. */
export function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return normaliseCharset(direct?.[1]);
}

/** Valid UTF-8 decodes without replacement; otherwise Chinese pages are almost always GB-encoded. */
export function sniffCharset(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

export interface DecodedBody {
  text: string;
  charset: string;
  source: 'header' | 'meta' | 'sniff';
}

export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const fromHeader = charsetFromContentType(contentType);
  if (fromHeader) return { text: decodeWith(bytes, fromHeader), charset: fromHeader, source: 'header' };
  const fromMeta = charsetFromMeta(bytes);
  if (fromMeta) return { text: decodeWith(bytes, fromMeta), charset: fromMeta, source: 'meta' };
  const sniffed = sniffCharset(bytes);
  return { text: decodeWith(bytes, sniffed), charset: sniffed, source: 'sniff' };
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Binary content: NUL bytes or control characters a text page never has. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
