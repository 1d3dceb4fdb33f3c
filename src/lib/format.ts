import { perLanguage } from './per-language';

const dateFormat = perLanguage(
  (language) =>
    new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const labelsByLanguage = new Map<string, Map<string, string>>();

/**
 * Formats an ISO date (YYYY-MM-DD) for readers, as a calendar date in UTC so the day never
 * shifts with the reader's time zone. One formatter per language is kept: creating them is
 * slow enough to matter on a page with thousands of dates.
 */
export function formatDate(isoDate: string, language: string): string {
  const known = labelsByLanguage.get(language)?.get(isoDate);
  if (known !== undefined) return known;
  return dateFormat(language).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * The labels of every date a story shows, as `formatDate` writes them. The build embeds them
 * in the page and the browser hands them back to `knownDateLabels`, because the first
 * `Intl.DateTimeFormat` a page creates loads locale data: about 60 ms on a mid-range phone,
 * spent while the page hydrates and cannot answer a tap.
 */
export function dateLabels(isoDates: Iterable<string>, language: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const isoDate of isoDates) labels[isoDate] = formatDate(isoDate, language);
  return labels;
}

/** Takes labels made by `dateLabels` (at build time) so `formatDate` need not make them again. */
export function knownDateLabels(language: string, labels: Record<string, string>): void {
  const known = labelsByLanguage.get(language) ?? new Map<string, string>();
  for (const [isoDate, label] of Object.entries(labels)) {
    if (typeof label === 'string') known.set(isoDate, label);
  }
  labelsByLanguage.set(language, known);
}
