/**
 * robots.txt, read by `robots-parser` (RFC 9309's groups, longest-match precedence with an allow
 * winning a tie, `*` and `$`, matched in linear time like Google's reference parser). What is
 * ours is the policy around it: our product token, `/robots.txt` always allowed, what an HTTP
 * status or an unreachable site means (`robotsPolicyForStatus` / `unreachableRobotsPolicy`), and
 * one spelling for escaped unreserved characters. The fetcher does the I/O, keeps answers in D1
 * and caps the crawl delay.
 */
import robotsParser from 'robots-parser';

type Robot = ReturnType<typeof robotsParser>;

export interface RobotsRule {
  allow: boolean;
  /** As written in the file. */
  pattern: string;
}

/** What the fetcher may do on one origin. */
export interface RobotsPolicy {
  access: 'rules' | 'allow_all' | 'disallow_all';
  /** The parsed file, when `access` is `rules`. */
  robots: ParsedRobots | null;
  /** Non-standard `Crawl-delay`, in seconds, from the group that applies to us. */
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

interface ParsedRobots {
  robot: Robot;
  /** Our product token, the name the file's groups are looked up by. */
  token: string;
  /** The file's lines, as `robots-parser` numbers them, to say which rule decided. */
  lines: string[];
}

/**
 * A stand-in origin the file is parsed for and paths are asked about: the fetcher keeps a policy
 * per origin, so the real one adds nothing, and an absolute URL here keeps a path like `//x`
 * from being read as another host.
 */
const ORIGIN = 'https://robots.invalid';

/** `yibao-bot/0.1 (+https://…)` → `yibao-bot`: RFC 9309 product tokens are letters, `-` and `_`. */
export function productToken(userAgent: string): string {
  return (/^[A-Za-z_-]+/.exec(userAgent.trim())?.[0] ?? '').toLowerCase();
}

export function parseRobotsPolicy(text: string, userAgent: string): RobotsPolicy {
  const normalised = decodeUnreserved(text.replace(/^\uFEFF/, ''));
  const token = productToken(userAgent) || '*';
  const robot = robotsParser(`${ORIGIN}/robots.txt`, normalised);
  const delay = robot.getCrawlDelay(token);
  return {
    access: 'rules',
    robots: { robot, token, lines: normalised.split(/\r\n|\r|\n/) },
    crawlDelaySeconds: delay !== undefined && Number.isFinite(delay) && delay >= 0 ? delay : null,
    basis: 'robots.txt',
  };
}

/**
 * A robots.txt answered with a status other than 2xx (after redirects). 5xx means the site is
 * struggling, so nothing may be crawled (§2.3.1.4); 429 counts with them, it is the site asking us
 * to back off. Anything else, 4xx above all, means there is no robots.txt: crawl freely (§2.3.1.3).
 */
export function robotsPolicyForStatus(status: number): RobotsPolicy {
  if (status >= 500 || status === 429) return unreachableRobotsPolicy(`HTTP ${status}`);
  return { access: 'allow_all', robots: null, crawlDelaySeconds: null, basis: `robots.txt unavailable (HTTP ${status})` };
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
  return { access: 'disallow_all', robots: null, crawlDelaySeconds: null, basis: `robots.txt unreachable (${why}), so everything is disallowed` };
}

/** May `pathAndQuery` (e.g. `url.pathname + url.search`) be fetched under `policy`? */
export function isAllowedByRobots(policy: RobotsPolicy, pathAndQuery: string): RobotsVerdict {
  const path = decodeUnreserved(pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`);
  if (path === '/robots.txt') return { allowed: true, rule: null, detail: '/robots.txt is always allowed' };
  if (policy.access === 'allow_all' || !policy.robots) {
    return { allowed: policy.access !== 'disallow_all', rule: null, detail: policy.basis };
  }
  const { robot, token, lines } = policy.robots;
  const url = `${ORIGIN}${path}`;
  const allowed = robot.isAllowed(url, token) !== false;
  const line = robot.getMatchingLineNumber(url, token);
  const rule = line > 0 ? ruleOn(lines[line - 1]) : null;
  if (!rule) return { allowed, rule: null, detail: `no rule in ${policy.basis} matches ${path}` };
  return { allowed, rule, detail: `${policy.basis} line ${line} ${rule.allow ? 'Allow' : 'Disallow'}: ${rule.pattern} matches ${path}` };
}

function ruleOn(line: string | undefined): RobotsRule | null {
  const match = line ? /^\s*(allow|disallow)\s*:\s*([^#]*)/i.exec(line) : null;
  return match ? { allow: match[1].toLowerCase() === 'allow', pattern: match[2].trim() } : null;
}

/**
 * `%7E` and `~` are one character (RFC 3986 §6.2.2.2): escaped unreserved characters are decoded
 * in the file and in the path alike, so rules and paths compare octet for octet.
 */
function decodeUnreserved(value: string): string {
  return value.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape;
  });
}
