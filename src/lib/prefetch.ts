import type { Attachment } from 'svelte/attachments';
import { savingData, whenIdle } from './idle';
import type { QuoteLoader } from './quote-chunks';

/**
 * An attachment for the area around the grid: when a reader points at, presses or focuses a
 * cell, it calls `onapproach` (to load the panel's code) and starts fetching the cell's issue's
 * quotes, so the click that follows usually finds both at hand.
 */
export function prefetchOnApproach(
  quotes: QuoteLoader,
  onapproach: () => void,
): Attachment<HTMLElement> {
  return (area) => {
    const prefetch = (event: Event) => {
      onapproach();
      const issue = (event.target as Element).closest<HTMLElement>('[data-issue]')?.dataset.issue;
      // Read at once, not when idle: a tap on the cell may follow. A failure is the panel's.
      if (issue && !quotes.cached(issue)) quotes.load(issue).catch(() => undefined);
    };
    const events = ['pointerover', 'pointerdown', 'focusin'];
    for (const type of events) area.addEventListener(type, prefetch);
    return () => {
      for (const type of events) area.removeEventListener(type, prefetch);
    };
  };
}

/**
 * Returns a function for a windowed grid to call with the issues it draws: once the page is
 * idle, their quotes are fetched (`QuoteLoader.prefetch`, which reads each file when the page
 * is next idle), so that opening one of their cells, by touch too, rarely waits for the
 * network. Rows drawn and gone again before then (while scrolling, or as the grid measures its
 * rows) are not fetched. Nothing is fetched for a story whose quotes are all at hand, nor for
 * readers who asked their browser to save data: they get an issue's quotes when they reach for
 * one of its cells.
 */
export function prefetchRowsWhenIdle(quotes: QuoteLoader): (issues: string[]) => void {
  /** The rows to fetch for when the page is next idle; empty when none is waiting. */
  let waiting: string[] = [];
  return (issues) => {
    if (quotes.whole() || savingData()) return;
    const scheduled = waiting.length > 0;
    waiting = issues;
    if (scheduled) return;
    whenIdle(() => {
      for (const issue of waiting) quotes.prefetch(issue);
      waiting = [];
    });
  };
}
