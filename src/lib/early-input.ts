import { flushSync } from 'svelte';

/** A control a reader set before the page hydrated: its id and the value they chose. */
export interface EarlyChange {
  id: string;
  value: string;
}

/** The value a control has in the page's markup. */
function markupValue(control: HTMLSelectElement | HTMLInputElement): string {
  if (control instanceof HTMLInputElement) return control.defaultValue;
  const options = [...control.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

/**
 * The selects, sliders and search fields in `root` whose value is not the one in the
 * prerendered markup: a reader changed them, or typed, before the page hydrated. Hydration sets
 * every control to the state it starts from, so without this their choice would be undone and
 * never acted on.
 */
export function changedControls(root: ParentNode): EarlyChange[] {
  const controls = root.querySelectorAll<HTMLSelectElement | HTMLInputElement>(
    'select[id], input[type="range"][id], input[type="search"][id]',
  );
  return [...controls]
    .filter((control) => control.value !== markupValue(control))
    .map(({ id, value }) => ({ id, value }));
}

/**
 * Sets a control back to a reader's early choice, in the hydrated page, and sends the events
 * their own change would have sent, so the page acts on it.
 */
export function replayChange(document: Document, { id, value }: EarlyChange): void {
  const control = document.getElementById(id);
  if (!(control instanceof HTMLSelectElement || control instanceof HTMLInputElement)) return;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Replays early changes in a page that has just hydrated, one at a time, each acted on before
 * the next: a new date can change the choices another control offers.
 */
export function replayChanges(document: Document, changes: readonly EarlyChange[]): void {
  for (const change of changes) {
    replayChange(document, change);
    flushSync();
  }
}
