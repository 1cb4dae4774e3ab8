/**
 * robots.txt as RFC 9309 reads it, pure: parse the file, pick the group for our product token,
 * and match a path against its rules. The fetcher does the I/O and turns HTTP answers into a
 * policy with `robotsPolicyForStatus` / `unreachableRobotsPolicy`.
 *
 * Matching: the longest matching rule wins, an allow wins a tie, `*` matches any run of octets and
 * a final `$` anchors the end. Matching is linear-time per rule (no regular expressions built from
 * the file), so a hostile robots.txt cannot stall a run.
 */

export interface RobotsRule {
  allow: boolean;
  /** As written in the file (normalised percent-encoding). */
  pattern: string;
}

export interface RobotsGroup {
  /** Lower-cased product tokens from `User-agent` lines; `*` for everyone. */
  userAgents: string[];
  rules: RobotsRule[];
  /** Non-standard `Crawl-delay`, in seconds, when the group states one. */
  crawlDelaySeconds: number | null;
}

export interface RobotsTxt {
  groups: RobotsGroup[];
  sitemaps: string[];
}

/** What the fetcher may do on one origin. */
export interface RobotsPolicy {
  access: 'rules' | 'allow_all' | 'disallow_all';
  rules: RobotsRule[];
  crawlDelaySeconds: number | null;
  /** Why this policy, for the `detail` of a skipped page. */
  basis: string;
}

export interface RobotsVerdict {
  allowed: boolean;
  /** The rule that decided, if one did. */
  rule: RobotsRule | null;
  detail: string;
}

export function parseRobots(text: string): RobotsTxt {
  const groups: RobotsGroup[] = [];
  const sitemaps: string[] = [];
  let current: RobotsGroup | null = null;
  let lastWasAgent = false;

  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();

    if (key === 'user-agent') {
      // Consecutive User-agent lines share one group; one after rules starts the next.
      if (!current || !lastWasAgent) {
        current = { userAgents: [], rules: [], crawlDelaySeconds: null };
        groups.push(current);
      }
      current.userAgents.push(value === '*' ? '*' : productToken(value));
      lastWasAgent = true;
      continue;
    }
    if (key === 'sitemap') {
      // Sitemaps belong to the file, not to a group, and do not end one.
      if (value) sitemaps.push(value);
      continue;
    }
    lastWasAgent = false;
    if (!current) continue; // rules before any User-agent line apply to no one
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow means "nothing is disallowed": no rule.
      if (value) current.rules.push({ allow: key === 'allow', pattern: normalisePath(value) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (value && Number.isFinite(seconds) && seconds >= 0 && current.crawlDelaySeconds === null) {
        current.crawlDelaySeconds = seconds;
      }
    }
  }
  return { groups, sitemaps };
}

/** `yibao-bot/0.1 (+https://…)` → `yibao-bot`: RFC 9309 product tokens are letters, `-` and `_`. */
export function productToken(userAgent: string): string {
  return (/^[A-Za-z_-]+/.exec(userAgent.trim())?.[0] ?? '').toLowerCase();
}

/** Every group naming our product token, merged; else the `*` groups; else no rules. */
export function robotsPolicyFor(robots: RobotsTxt, userAgent: string): RobotsPolicy {
  const token = productToken(userAgent);
  let matched = token ? robots.groups.filter((g) => g.userAgents.includes(token)) : [];
  let who = `User-agent: ${token}`;
  if (matched.length === 0) {
    matched = robots.groups.filter((g) => g.userAgents.includes('*'));
    who = 'User-agent: *';
  }
  if (matched.length === 0) {
    return { access: 'allow_all', rules: [], crawlDelaySeconds: null, basis: 'robots.txt has no group for us' };
  }
  const delays = matched.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== null);
  return {
    access: 'rules',
    rules: matched.flatMap((g) => g.rules),
    crawlDelaySeconds: delays.length ? Math.max(...delays) : null,
    basis: `robots.txt (${who})`,
  };
}

export function parseRobotsPolicy(text: string, userAgent: string): RobotsPolicy {
  return robotsPolicyFor(parseRobots(text), userAgent);
}

/**
 * A robots.txt answered with a status other than 2xx (after redirects). 5xx means the site is
 * struggling, so nothing may be crawled (§2.3.1.4); 429 counts with them, it is the site asking us
 * to back off. Anything else, 4xx above all, means there is no robots.txt: crawl freely (§2.3.1.3).
 */
export function robotsPolicyForStatus(status: number): RobotsPolicy {
  if (status >= 500 || status === 429) return unreachableRobotsPolicy(`HTTP ${status}`);
  return { access: 'allow_all', rules: [], crawlDelaySeconds: null, basis: `robots.txt unavailable (HTTP ${status})` };
}

/** What a site answered for its robots.txt, as far as it settles the policy: kept between runs. */
export interface RobotsAnswer {
  /** The final status: 2xx with the body, or 4xx for no robots.txt. */
  status: number;
  body: string | null;
}

export function robotsPolicyOfAnswer(answer: RobotsAnswer, userAgent: string): RobotsPolicy {
  return answer.body !== null && answer.status >= 200 && answer.status < 300
    ? parseRobotsPolicy(answer.body, userAgent)
    : robotsPolicyForStatus(answer.status);
}

/** Network error or timeout fetching robots.txt: assume complete disallow (§2.3.1.4). */
export function unreachableRobotsPolicy(why: string): RobotsPolicy {
  return { access: 'disallow_all', rules: [], crawlDelaySeconds: null, basis: `robots.txt unreachable (${why}), so everything is disallowed` };
}

/** May `pathAndQuery` (e.g. `url.pathname + url.search`) be fetched under `policy`? */
export function isAllowedByRobots(policy: RobotsPolicy, pathAndQuery: string): RobotsVerdict {
  const path = normalisePath(pathAndQuery || '/');
  if (path === '/robots.txt') return { allowed: true, rule: null, detail: '/robots.txt is always allowed' };
  if (policy.access === 'allow_all') return { allowed: true, rule: null, detail: policy.basis };
  if (policy.access === 'disallow_all') return { allowed: false, rule: null, detail: policy.basis };

  let best: RobotsRule | null = null;
  for (const rule of policy.rules) {
    if (!matchesRule(rule.pattern, path)) continue;
    const longer = !best || rule.pattern.length > best.pattern.length;
    const tieWonByAllow = best !== null && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
    if (longer || tieWonByAllow) best = rule;
  }
  if (!best) return { allowed: true, rule: null, detail: `no rule in ${policy.basis} matches ${path}` };
  const verb = best.allow ? 'Allow' : 'Disallow';
  return { allowed: best.allow, rule: best, detail: `${policy.basis} ${verb}: ${best.pattern} matches ${path}` };
}

/**
 * Glob match from the start of `path`: `*` is any run, a final `$` anchors the end, otherwise the
 * pattern only has to match a prefix. Two-pointer wildcard matching: O(pattern × path) at worst.
 */
export function matchesRule(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const glob = anchored ? pattern.slice(0, -1) : pattern;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path.length) {
    if (p < glob.length && glob[p] === '*') {
      starP = p++;
      starS = s;
    } else if (p < glob.length && glob[p] === path[s]) {
      p++;
      s++;
    } else if (p === glob.length && !anchored) {
      return true; // the pattern is a prefix of the path
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < glob.length && glob[p] === '*') p++;
  return p === glob.length;
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * One spelling for paths and patterns so they compare octet for octet: non-ASCII is
 * percent-encoded as UTF-8, escapes are upper-case, and escaped unreserved characters are decoded
 * (RFC 9309 §2.2.2 with RFC 3986 §6.2.2).
 */
export function normalisePath(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(value.slice(i + 1, i + 3))) {
      const decoded = String.fromCharCode(parseInt(value.slice(i + 1, i + 3), 16));
      out += UNRESERVED.test(decoded) ? decoded : `%${value.slice(i + 1, i + 3).toUpperCase()}`;
      i += 2;
    } else if (ch.charCodeAt(0) > 0x7e || ch.charCodeAt(0) < 0x21) {
      const codePoint = value.codePointAt(i)!;
      if (codePoint > 0xffff) i++;
      out += encodeOctets(String.fromCodePoint(codePoint));
    } else {
      out += ch;
    }
  }
  return out;
}

function encodeOctets(char: string): string {
  try {
    return encodeURIComponent(char);
  } catch {
    return '%EF%BF%BD'; // a lone surrogate: what a UTF-8 encoder would write, U+FFFD
  }
}
