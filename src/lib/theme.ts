export type Theme = 'light' | 'dark';

/** Reads `?theme=dark|light`; anything else leaves the reader's `prefers-color-scheme` in charge. */
export function themeFromSearch(search: string): Theme | undefined {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'dark' || theme === 'light' ? theme : undefined;
}
