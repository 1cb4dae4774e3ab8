/** Which pages are a government's own: a notice on a gov.cn host is official, whoever links to it. */
export function isGovernmentSite(url: string): boolean {
  try {
    return /(?:^|\.)gov\.cn$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const TRUST_LEVELS = ['official', 'unofficial'] as const;
export type Trust = (typeof TRUST_LEVELS)[number];

/** A source's trust when the operator has not said: official on a government site. */
export function trustOfUrl(url: string): Trust {
  return isGovernmentSite(url) ? 'official' : 'unofficial';
}
