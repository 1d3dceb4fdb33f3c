/**
 * Makes the files a reader downloads (the positions as CSV, the story as JSON, the matrix as
 * SVG or PNG) and saves them through a temporary `<a download>`, all in the browser. The
 * downloads import this on first use: most readers never download anything. The image code
 * is imported apart again, on the first image.
 */
import { storyToCsv } from './export-csv';
import type { ImageMessages } from './export-image';
import type { Story, StoryOutline } from './types';
import type { WholeStory } from './whole-story.svelte';

/** What a download is made from. */
export interface DownloadSource {
  /** The story or its outline; the images are made from it. */
  story: StoryOutline;
  /** The whole story, quotes included, for the CSV and JSON; loaded if need be. */
  whole: WholeStory;
  /** Element whose colours the image takes, so a dark theme or a host's palette carries over. */
  colours: Element | undefined;
  t: ImageMessages;
  /** PNG size as a multiple of the SVG's CSS pixels. */
  pngScale: number;
}

export type DownloadKind = 'csv' | 'json' | 'svg' | 'png';

/** Saves a blob under a file name through a temporary link. */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers read the blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function svg({ story, colours, t }: DownloadSource): Promise<string> {
  const { imageLabels, resolvePalette, storySvg } = await import('./export-image');
  return storySvg(story, imageLabels(story, t), resolvePalette(colours));
}

/** Makes a file from the whole story: at once when every quote is at hand, else once loaded. */
async function fromWhole(whole: WholeStory, make: (story: Story) => void) {
  const story = whole.story ?? (await whole.load());
  if (story) make(story);
}

/** Makes and saves one download; rejects if the image could not be made. */
export async function download(kind: DownloadKind, source: DownloadSource): Promise<void> {
  const { story, whole, pngScale } = source;
  if (kind === 'csv') {
    await fromWhole(whole, (full) => {
      // The byte-order mark tells Excel the file is UTF-8.
      const blob = new Blob(['\uFEFF', storyToCsv(full)], { type: 'text/csv;charset=utf-8' });
      save(blob, `${full.id}-positions.csv`);
    });
  } else if (kind === 'json') {
    await fromWhole(whole, (full) => {
      const json = `${JSON.stringify(full, null, 2)}\n`;
      save(new Blob([json], { type: 'application/json' }), `${full.id}.json`);
    });
  } else if (kind === 'svg') {
    save(new Blob([await svg(source)], { type: 'image/svg+xml' }), `${story.id}.svg`);
  } else {
    const { svgToPng } = await import('./export-image');
    save(await svgToPng(await svg(source), pngScale), `${story.id}.png`);
  }
}
