/**
 * The one place that decides whether yibao may send a request to a URL: the scraper asks before
 * every request and every redirect hop, the admin API before it stores a source, webhook delivery
 * before it posts. Without `allowPrivate`, anything that could reach the Worker's own network
 * (loopback, private ranges, link-local, cloud metadata, reserved space) is refused, in every
 * spelling a URL allows.
 *
 * The WHATWG URL parser already folds the numeric IPv4 spellings (`0x7f.1`, `2130706433`,
 * `0177.0.0.1`, `127.1`, percent-encoded and full-width digits) into dotted decimal in
 * `url.hostname`, and IPv6 into its compressed hex form; what is left here is to read IPv4 back out
 * of the IPv6 forms that carry one (mapped, compatible, NAT64, 6to4).
 *
 * A public name that resolves to a private address (DNS rebinding) cannot be caught here: a Worker
 * cannot resolve names before it fetches. Cloudflare's edge refuses to route to private space.
 */

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

/**
 * True for a host the open internet cannot be reached through. Takes `url.hostname` (IPv6 in
 * brackets) or a bare host; non-canonical spellings are canonicalised the way a URL would be.
 */
export function isPrivateHost(hostname: string): boolean {
  let host = hostname.trim().toLowerCase().replace(/\.+$/, '');
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (!host) return true;

  if (host.includes(':')) {
    const groups = parseIpv6(host);
    // Unparseable as IPv6 means no request could be sent to it either; refusing costs nothing.
    return groups === null || isPrivateIpv6(groups);
  }

  const canonical = canonicalHost(host);
  if (canonical === null) return true;
  const ipv4 = parseIpv4(canonical);
  if (ipv4 !== null) return isPrivateIpv4(ipv4);

  if (PRIVATE_NAMES.has(canonical) || canonical.endsWith('.localhost')) return true;
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

function parseIpv4(host: string): number | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  if (octets.some((o) => o > 255)) return null;
  return ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
}

/** [network, prefix length]: everything not routable on the public internet, per the IANA registry. */
const PRIVATE_IPV4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, includes the 169.254.169.254 metadata service
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast, deprecated
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast
];

const PRIVATE_IPV4_RANGES = PRIVATE_IPV4.map(([network, bits]) => {
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { network: (parseIpv4(network)! & mask) >>> 0, mask };
});

function isPrivateIpv4(address: number): boolean {
  return PRIVATE_IPV4_RANGES.some(({ network, mask }) => ((address & mask) >>> 0) === network);
}

/** Eight 16-bit groups, or null. Accepts `::` compression and a trailing dotted quad. */
function parseIpv6(host: string): number[] | null {
  if (host.includes('%')) return null; // zone ids never reach a URL's hostname
  let text = host;
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[2]);
    if (v4 === null) return null;
    text = `${dotted[1]}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => (/^[0-9a-f]{1,4}$/.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  if ([...head, ...tail].some(Number.isNaN)) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

function isPrivateIpv6(g: number[]): boolean {
  const embedded = (hi: number, lo: number) => isPrivateIpv4(((hi << 16) | lo) >>> 0);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);

  // ::a.b.c.d (compatible, covers :: and ::1), ::ffff:a.b.c.d (mapped), ::ffff:0:a.b.c.d (translated)
  if (zeros(0, 5) && (g[5] === 0 || g[5] === 0xffff)) return embedded(g[6], g[7]);
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return embedded(g[6], g[7]);
  // NAT64 well-known prefix 64:ff9b::/96 reaches whatever IPv4 it embeds.
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return embedded(g[6], g[7]);
  // Local-use NAT64 64:ff9b:1::/48 only exists inside a network.
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return true;
  // 6to4 2002:AABB:CCDD::/48 tunnels to IPv4 AA.BB.CC.DD.
  if (g[0] === 0x2002) return embedded(g[1], g[2]);
  // Teredo 2001:0::/32 hides its IPv4 endpoints; no policy site is served over it.
  if (g[0] === 0x2001 && g[1] === 0) return true;
  if (g[0] === 0x2001 && g[1] === 0xdb8) return true; // documentation
  if (g[0] === 0x100 && zeros(1, 4)) return true; // discard-only 100::/64
  if ((g[0] & 0xfe00) === 0xfc00) return true; // unique local fc00::/7, includes fd00:ec2::254
  if ((g[0] & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((g[0] & 0xffc0) === 0xfec0) return true; // site-local fec0::/10, deprecated
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  return false;
}
