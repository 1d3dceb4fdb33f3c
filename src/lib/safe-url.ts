/**
 * Returns the normalised href of `value` if it is an absolute http: or https: URL with a host
 * and no username or password; otherwise undefined. Relative, protocol-relative, malformed and
 * other-scheme URLs (javascript:, data:, ...) are all refused. Used by the validator and again at
 * render time, so a link never reaches the page unless it passes here.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // Demand the scheme and "//" literally, so that forms the URL parser would quietly repair
  // (" https://x", "http:x", "https:\\x") are refused rather than guessed at.
  if (!/^https?:\/\//i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}
