/**
 * Formats an ISO date (YYYY-MM-DD) for readers, as a calendar date in UTC so the day never
 * shifts with the reader's time zone.
 */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
