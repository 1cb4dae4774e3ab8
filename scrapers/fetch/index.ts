/** HTTP for the scraper: the fetch wrapper, the outbound URL guard, robots.txt and page encodings. */
export { createFetcher, parseRetryAfter, DEFAULT_USER_AGENT } from './fetcher';
export type { Fetcher, FetcherOptions, FetchFailure, FetchOutcome, RobotsCache, Validators } from './fetcher';
export { checkOutboundUrl, isPrivateHost } from './url-guard';
export type { OutboundUrlCheck, OutboundUrlOptions, UrlRefusal } from './url-guard';
export {
  isAllowedByRobots,
  parseRobotsPolicy,
  productToken,
  robotsPolicyForStatus,
  robotsPolicyOfAnswer,
  unreachableRobotsPolicy,
} from './robots';
export type { RobotsAnswer, RobotsPolicy, RobotsRule, RobotsVerdict } from './robots';
export { decodeBody, looksBinary, mediaTypeOf } from './encoding';
export type { DecodedBody } from './encoding';
