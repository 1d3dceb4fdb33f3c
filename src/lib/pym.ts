/**
 * The pym.js v1 message format, shared by the embed page (the child) and our loader (a parent):
 * `pymxPYMx<childId>xPYMx<type>xPYMx<payload>`.
 */
const DELIMITER = 'xPYMx';
const PREFIX = `pym${DELIMITER}`;

export interface PymMessage {
  childId: string;
  type: string;
  payload: string;
}

export function formatPymMessage({ childId, type, payload }: PymMessage): string {
  return [PREFIX + childId, type, payload].join(DELIMITER);
}

/** Reads a pym message; anything else (objects, other strings, wrong shape) gives undefined. */
export function parsePymMessage(data: unknown): PymMessage | undefined {
  if (typeof data !== 'string' || !data.startsWith(PREFIX) || data.length > 10_000)
    return undefined;
  const parts = data.slice(PREFIX.length).split(DELIMITER);
  if (parts.length !== 3) return undefined;
  const [childId, type, payload] = parts as [string, string, string];
  return childId && type ? { childId, type, payload } : undefined;
}

/** Reads `#standpoint=<actor>/<issue>` from a host page's URL or hash, as the embed deep link. */
export function hostCellLink(urlOrHash: string): { actor: string; issue: string } | undefined {
  const hash = urlOrHash.includes('#') ? urlOrHash.slice(urlOrHash.indexOf('#') + 1) : '';
  const value = new URLSearchParams(hash).get('standpoint');
  const match = value?.match(/^([^/]+)\/([^/]+)$/);
  return match ? { actor: match[1] as string, issue: match[2] as string } : undefined;
}
