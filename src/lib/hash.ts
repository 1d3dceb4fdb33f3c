/** The part of the page state that lives in the URL hash, so a link can restore it. */
export interface HashState {
  actor?: string;
  issue?: string;
}

/** Reads `#actor=<id>&issue=<id>`; a hash naming only one of the two selects nothing. */
export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const actor = params.get('actor');
  const issue = params.get('issue');
  return actor && issue ? { actor, issue } : {};
}

/** Writes the hash for a state; the empty string when nothing is selected. */
export function formatHash(state: HashState): string {
  if (!state.actor || !state.issue) return '';
  const params = new URLSearchParams({ actor: state.actor, issue: state.issue });
  return `#${params.toString()}`;
}
