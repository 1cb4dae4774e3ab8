/** Which pages are a government's own: a notice on a gov.cn host is official, whoever links to it. */
export function isGovernmentSite(url: string): boolean {
  try {
    return /(?:^|\.)gov\.cn$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
