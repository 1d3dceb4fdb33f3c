/**
 * Runs `task` when the browser is next idle (`requestIdleCallback`), or in a task of its own
 * where that is missing (Safari): work a reader has not asked for yet never delays what they
 * have.
 */
export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else setTimeout(task);
}

/** Whether the reader has asked their browser to save data (the `Save-Data` preference). */
export function savingData(): boolean {
  const connection = (globalThis.navigator as { connection?: { saveData?: boolean } } | undefined)
    ?.connection;
  return connection?.saveData === true;
}
