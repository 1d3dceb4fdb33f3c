/**
 * Holds every story shipped in `data/` to the format and to its source: each file must validate,
 * be named after its id, have its source text in `data/sources/<id>.txt`, and quote that text
 * word for word wherever its evidence claims to (`direct` and `reported`). A translated story
 * quotes its source through `evidence.original`: the verbatim rule applies to the words as said.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position, Story } from '../../src/lib/types';
import { validateStory } from '../../src/lib/validate';
import { appearsVerbatim } from '../../src/lib/verbatim';

const DATA_DIR = join(import.meta.dirname, '../../data');
const SOURCES_DIR = join(DATA_DIR, 'sources');

/** JSON files in data/ that are not stories. */
const NOT_STORIES = new Set(['schema.json']);

const storyFiles = readdirSync(DATA_DIR)
  .filter((name) => name.endsWith('.json') && !NOT_STORIES.has(name))
  .sort();

/**
 * The language of each story's source text in data/sources, by story id; English unless listed.
 * A story in another language is a translation and must carry every evidence's original words.
 */
const SOURCE_LANGUAGES: Readonly<Record<string, string>> = {};

function sourceLanguage(storyId: string): string {
  return SOURCE_LANGUAGES[storyId] ?? 'en';
}

function primaryLanguage(tag: string): string {
  return new Intl.Locale(tag).language;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
}

/** Validates a bundled file, failing with every validator message if it does not pass. */
function loadStory(file: string): Story {
  const result = validateStory(readJson(file));
  if (!result.ok) {
    const lines = result.errors.map((error) => `data/${file}: ${error.path}: ${error.message}`);
    expect.fail(`data/${file} does not validate:\n${lines.join('\n')}`);
  }
  return result.story;
}

it('data/ holds at least one story', () => {
  expect(storyFiles.length).toBeGreaterThan(0);
});

describe.each(storyFiles)('data/%s', (file) => {
  const id = basename(file, '.json');

  it('passes validateStory', () => {
    loadStory(file);
  });

  it('has an id equal to its file name', () => {
    expect(loadStory(file).id).toBe(id);
  });

  it('has its source text in data/sources/<id>.txt', () => {
    expect(existsSync(join(SOURCES_DIR, `${id}.txt`)), `missing data/sources/${id}.txt`).toBe(true);
  });

  it('carries the original words of every evidence when it is in another language than its source', () => {
    const story = loadStory(file);
    const source = sourceLanguage(story.id);
    if (primaryLanguage(story.language) === primaryLanguage(source)) return;
    const failures: string[] = [];
    story.positions.forEach((position, p) => {
      position.evidence.forEach((evidence, e) => {
        if (evidence.original === undefined || evidence.originalLanguage !== source) {
          failures.push(
            `data/${file}: positions[${p}].evidence[${e}] needs original and originalLanguage "${source}"`,
          );
        }
      });
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('quotes its source word for word in every direct and reported evidence', () => {
    const story = loadStory(file);
    const sourcePath = join(SOURCES_DIR, `${story.id}.txt`);
    expect(existsSync(sourcePath), `missing data/sources/${story.id}.txt`).toBe(true);
    const source = readFileSync(sourcePath, 'utf8');
    const failures: string[] = [];
    let checked = 0;
    story.positions.forEach((position, p) => {
      position.evidence.forEach((evidence, e) => {
        if (evidence.kind !== 'direct' && evidence.kind !== 'reported') return;
        checked++;
        const words = evidence.original ?? evidence.text;
        const field = evidence.original === undefined ? 'text' : 'original';
        if (!appearsVerbatim(words, source)) {
          failures.push(
            `data/${file}: positions[${p}].evidence[${e}].${field} is not in data/sources/${story.id}.txt: ${JSON.stringify(words)}`,
          );
        }
      });
    });
    expect(failures, failures.join('\n')).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

describe('data/white-house-talks.json', () => {
  const story = (): Story => loadStory('white-house-talks.json');
  const positionsOf = (actor: string, issue: string): Position[] =>
    story().positions.filter((p) => p.actor === actor && p.issue === issue);

  it('records the actors the brief requires, with the article’s groups', () => {
    const groups = Object.fromEntries(story().actors.map((a) => [a.id, a.group]));
    expect(groups).toMatchObject({
      zelenskyy: 'Ukraine',
      trump: 'United States',
      witkoff: 'United States',
      rubio: 'United States',
      putin: 'Russia',
      'von-der-leyen': 'Europe',
    });
    for (const actor of story().actors) expect(actor.role, actor.id).toBeTruthy();
  });

  it('gives every issue a label and a question', () => {
    expect(story().issues.length).toBeGreaterThanOrEqual(4);
    for (const issue of story().issues) {
      expect(issue.label, issue.id).toBeTruthy();
      expect(issue.question, issue.id).toBeTruthy();
    }
  });

  it('records Trump’s move at the Anchorage summit as a dated two-step ceasefire history', () => {
    const history = positionsOf('trump', 'ceasefire-first').sort((a, b) =>
      a.asOf.localeCompare(b.asOf),
    );
    expect(history.map((p) => p.asOf)).toEqual(['2025-08-14', '2025-08-15']);
    expect(history[0]!.stance).not.toBe(history[1]!.stance);
  });

  it('records Putin’s stance on guarantees only as reported by Witkoff to CNN, with low confidence', () => {
    const [position, ...rest] = positionsOf('putin', 'security-guarantees');
    expect(rest).toEqual([]);
    expect(position).toBeDefined();
    expect(position!.confidence).not.toBe('high');
    expect(position!.evidence.length).toBeGreaterThan(0);
    for (const evidence of position!.evidence) {
      expect(evidence).toMatchObject({ kind: 'reported', speaker: 'witkoff', source: 'cnn' });
    }
  });

  it('invents no URLs: no source has a url', () => {
    for (const source of story().sources) expect(source.url, source.id).toBeUndefined();
  });

  it('never dates anything after the story’s updated date', () => {
    const updated = story().updated;
    for (const position of story().positions) {
      expect(position.asOf <= updated, `${position.actor}/${position.issue}`).toBe(true);
      for (const evidence of position.evidence) {
        if (evidence.said !== undefined) expect(evidence.said <= updated).toBe(true);
      }
    }
  });
});

describe('data/white-house-talks-uk.json', () => {
  const english = (): Story => loadStory('white-house-talks.json');
  const ukrainian = (): Story => loadStory('white-house-talks-uk.json');
  const cellKey = (p: Position): string => `${p.actor} | ${p.issue} | ${p.asOf} | ${p.stance}`;

  it('is in Ukrainian, and its source text is the English article byte for byte', () => {
    expect(ukrainian().language).toBe('uk');
    const sources = join(DATA_DIR, 'sources');
    expect(readFileSync(join(sources, 'white-house-talks-uk.txt'))).toEqual(
      readFileSync(join(sources, 'white-house-talks.txt')),
    );
  });

  it('has exactly the cells of the English story: actor, issue, asOf and stance', () => {
    expect(ukrainian().positions.map(cellKey).sort()).toEqual(
      english().positions.map(cellKey).sort(),
    );
  });

  it('has the same actors, issues, sources and stances, by id and in order', () => {
    const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);
    expect(ids(ukrainian().actors)).toEqual(ids(english().actors));
    expect(ids(ukrainian().issues)).toEqual(ids(english().issues));
    expect(ids(ukrainian().sources)).toEqual(ids(english().sources));
    expect(ukrainian().stances.map((s) => [s.id, s.ordinal])).toEqual(
      english().stances.map((s) => [s.id, s.ordinal]),
    );
  });

  it('translates each evidence of the English story, keeping its exact words as the original', () => {
    const englishByCell = new Map(english().positions.map((p) => [cellKey(p), p]));
    for (const position of ukrainian().positions) {
      const englishPosition = englishByCell.get(cellKey(position))!;
      expect(
        position.evidence.map(({ original, kind, speaker, source, said }) => ({
          text: original,
          kind,
          speaker,
          source,
          said,
        })),
        cellKey(position),
      ).toEqual(
        englishPosition.evidence.map(({ text, kind, speaker, source, said }) => ({
          text,
          kind,
          speaker,
          source,
          said,
        })),
      );
      for (const evidence of position.evidence) {
        expect(evidence.text, `untranslated in ${cellKey(position)}`).not.toBe(evidence.original);
      }
      expect(position.summary).not.toBe(englishPosition.summary);
    }
  });

  it('explains its translation in a methodology', () => {
    expect(ukrainian().methodology).toMatch(/переклад/i);
  });
});

describe('data/README.md', () => {
  it('has a complete example story that passes validateStory', () => {
    const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8');
    const section = readme.split('## Complete example')[1] ?? '';
    const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
    expect(block, 'no ```json block under "## Complete example"').toBeDefined();
    const result = validateStory(JSON.parse(block!));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
