/**
 * The one place that decides whether yibao may send a request to a URL: the scraper asks before
 * every request and every redirect hop, the admin API before it stores a source, webhook delivery
 * before it posts. Without `allowPrivate`, anything that could reach the Worker's own network
 * (loopback, private ranges, link-local, cloud metadata, reserved space) is refused, in every
 * spelling a URL allows.
 *
 * The WHATWG URL parser folds the numeric IPv4 spellings (`0x7f.1`, `2130706433`, `0177.0.0.1`,
 * `127.1`, percent-encoded and full-width digits) into dotted decimal in `url.hostname`, and IPv6
 * into its compressed hex form; `ipaddr.js` then classifies the address against the IANA special
 * ranges. Only `unicast` is public. The IPv6 forms that carry an IPv4 address (mapped, translated,
 * NAT64, 6to4, and the deprecated compatible form, which `ipaddr.js` calls unicast) are judged by
 * the IPv4 address they carry.
 *
 * A public name that resolves to a private address (DNS rebinding) cannot be caught here: a Worker
 * cannot resolve names before it fetches. Cloudflare's edge refuses to route to private space.
 */
import ipaddr from 'ipaddr.js';

export type UrlRefusal = 'invalid_url' | 'unsupported_scheme' | 'https_required' | 'private_address' | 'credentials_in_url';

export interface OutboundUrlOptions {
  /** Local development and tests: loopback and private addresses are fine, http too. */
  allowPrivate: boolean;
  /** Webhooks: https only, unless `allowPrivate`. */
  requireHttps?: boolean;
}

export type OutboundUrlCheck = { ok: true; url: URL } | { ok: false; reason: UrlRefusal; detail: string };

export function checkOutboundUrl(raw: string, options: OutboundUrlOptions): OutboundUrlCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: 'invalid_url', detail: `${JSON.stringify(raw)} is not an absolute URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: 'unsupported_scheme', detail: `${url.protocol} URLs are not fetched; only http and https` };
  }
  if (!url.hostname) return { ok: false, reason: 'invalid_url', detail: `${url.href} has no host` };
  // Credentials in a stored URL would be logged and echoed back by the API.
  if (url.username || url.password) {
    return { ok: false, reason: 'credentials_in_url', detail: 'URLs with a user name or password are refused' };
  }
  if (options.requireHttps && url.protocol === 'http:' && !options.allowPrivate) {
    return { ok: false, reason: 'https_required', detail: `${url.host} must be reached over https` };
  }
  if (!options.allowPrivate && isPrivateHost(url.hostname)) {
    return { ok: false, reason: 'private_address', detail: `${url.hostname} is a private, loopback or reserved address` };
  }
  return { ok: true, url };
}

/** Names that only make sense inside a network: the metadata services answer on these. */
const PRIVATE_NAMES = new Set(['localhost', 'metadata', 'metadata.google.internal', 'instance-data', 'instance-data.ec2.internal']);
/** Suffixes only a local resolver answers for: `.localhost` (RFC 6761), `.local` (mDNS), `.internal` (cloud metadata, RFC 9476-style private use). */
const PRIVATE_SUFFIXES = ['.localhost', '.local', '.internal', '.home.arpa'];

/**
 * True for a host the open internet cannot be reached through. Takes `url.hostname` (IPv6 in
 * brackets) or a bare host; non-canonical spellings are canonicalised the way a URL would be.
 */
export function isPrivateHost(hostname: string): boolean {
  let host = hostname.trim().toLowerCase().replace(/\.+$/, '');
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (!host) return true;

  if (host.includes(':')) {
    // Zone ids never reach a URL's hostname; unparseable means no request could be sent to it either.
    if (host.includes('%') || !ipaddr.IPv6.isValid(host)) return true;
    return isPrivateIpv6(ipaddr.IPv6.parse(host));
  }

  const canonical = canonicalHost(host);
  if (canonical === null) return true;
  if (ipaddr.IPv4.isValidFourPartDecimal(canonical)) return isPrivateIpv4(ipaddr.IPv4.parse(canonical));

  if (PRIVATE_NAMES.has(canonical) || PRIVATE_SUFFIXES.some((suffix) => canonical.endsWith(suffix))) return true;
  // A name without a dot only resolves through a local search domain (`intranet`, `metadata`).
  return !canonical.includes('.');
}

/** What a URL parser makes of a host: `0x7f.1` → `127.0.0.1`, `ＬＯＣＡＬＨＯＳＴ` → `localhost`. */
function canonicalHost(host: string): string | null {
  try {
    return new URL(`http://${host}/`).hostname.replace(/\.+$/, '');
  } catch {
    return null;
  }
}

/** Loopback, private, CGNAT, link-local (the 169.254.169.254 metadata service), reserved, multicast…: all but unicast. */
function isPrivateIpv4(address: ipaddr.IPv4): boolean {
  return address.range() !== 'unicast';
}

function isPrivateIpv6(address: ipaddr.IPv6): boolean {
  const parts = address.parts;
  const carried = (hi: number, lo: number) => isPrivateIpv4(new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]));
  const range = address.range();
  // ::ffff:a.b.c.d (mapped) and ::ffff:0:a.b.c.d (translated) reach the IPv4 address they carry.
  if (range === 'ipv4Mapped' || range === 'rfc6145') return carried(parts[6], parts[7]);
  // ::a.b.c.d, the deprecated compatible form (`::1` and `::` among them), which ipaddr.js calls unicast.
  if (parts.slice(0, 6).every((part) => part === 0)) return carried(parts[6], parts[7]);
  if (range === 'rfc6052') {
    // NAT64's well-known prefix 64:ff9b::/96 reaches the IPv4 address it carries; the local-use
    // 64:ff9b:1::/48 only exists inside a network.
    return parts[2] === 0 && parts.slice(3, 6).every((part) => part === 0) ? carried(parts[6], parts[7]) : true;
  }
  // 6to4 2002:AABB:CCDD::/48 tunnels to IPv4 AA.BB.CC.DD.
  if (range === '6to4') return carried(parts[1], parts[2]);
  // Unique-local (fd00:ec2::254 is a metadata service), link-local, site-local, multicast, Teredo,
  // documentation, discard…: no policy site is served from any of them.
  return range !== 'unicast';
}
