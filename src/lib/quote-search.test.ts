import { describe, expect, test } from 'vitest';
import { fixtureStory } from '../../tests/fixtures/story';
import { DEFAULT_SEARCH_LIMIT, matchExcerpt, searchQuotes, type QuoteMatch } from './quote-search';
import type { Evidence, Story } from './types';

/** The fixture with one more position whose evidence is `texts`, on the first issue. */
function storyWith(...evidence: Evidence[]): Story {
  const story = fixtureStory();
  story.positions.push({
    actor: 'kyiv',
    issue: 'ceasefire',
    stance: 'unclear',
    asOf: '2025-08-16',
    summary: 'Said little.',
    evidence,
  });
  return story;
}

const said = (text: string, extra: Partial<Evidence> = {}): Evidence => ({
  text,
  kind: 'direct',
  speaker: 'kyiv',
  ...extra,
});

/** The matched part of each result, as the interface would highlight it. */
const highlighted = (results: QuoteMatch[]): string[] =>
  results.map((result) => result.text.slice(...result.match));

describe('searchQuotes()', () => {
  test.each([
    ['ignores case', 'We are very thankful.', 'VERY THANKFUL', 'very thankful'],
    ['ignores accents in the text', 'Zélenskyy said', 'zelenskyy', 'Zélenskyy'],
    ['ignores accents in the query', 'Zelenskyy said', 'zélenskyy', 'Zelenskyy'],
    ['ignores separately written accents', 'Zele\u0301nskyy said', 'zelenskyy', 'Zele\u0301nskyy'],
    [
      'treats runs of whitespace as one space',
      'very\n  thankful',
      'very thankful',
      'very\n  thankful',
    ],
    [
      'treats the query’s whitespace the same way',
      'very thankful',
      '  very\t\tthankful ',
      'very thankful',
    ],
    ['treats curly and straight quotes alike', 'It’s important', "it's", 'It’s'],
    [
      'reports offsets in text with characters outside the BMP',
      '👍 Zélenskyy',
      'zelenskyy',
      'Zélenskyy',
    ],
    ['finds words in the middle of a text', 'robust security guarantees', 'security', 'security'],
  ])('searchQuotes() %s', (_case, text, query, expected) => {
    const results = searchQuotes(storyWith(said(text)), query, 'en');
    const result = results.find((r) => r.field === 'text' && r.text === text);
    expect(result && text.slice(...result.match)).toBe(expected);
  });

  test('searchQuotes() lowercases for the story’s language', () => {
    const story = storyWith(said('ISPARTA and İzmir'));
    expect(highlighted(searchQuotes(story, 'isparta', 'en'))).toEqual(['ISPARTA']);
    expect(searchQuotes(story, 'isparta', 'tr')).toEqual([]);
    expect(highlighted(searchQuotes(story, 'ısparta', 'tr'))).toEqual(['ISPARTA']);
    expect(highlighted(searchQuotes(story, 'izmir', 'tr'))).toEqual(['İzmir']);
    expect(highlighted(searchQuotes(story, 'izmir', 'en'))).toEqual(['İzmir']);
  });

  test('searchQuotes() falls back to plain lowercasing for an invalid language tag', () => {
    expect(
      highlighted(searchQuotes(storyWith(said('Grateful')), 'grateful', 'not a tag!')),
    ).toEqual(['Grateful']);
  });

  test('searchQuotes() names the position, the evidence and the field of each result', () => {
    const story = storyWith(said('We are thankful.', { original: 'Ми дуже вдячні' }));
    expect(searchQuotes(story, 'вдячні', 'uk')).toEqual([
      {
        actor: 'kyiv',
        issue: 'ceasefire',
        asOf: '2025-08-16',
        evidenceIndex: 0,
        field: 'original',
        text: 'Ми дуже вдячні',
        match: [8, 14],
      },
    ]);
  });

  test('searchQuotes() finds summaries and speakers’ names', () => {
    const results = searchQuotes(fixtureStory(), 'envoy', 'en');
    expect(results.map((r) => [r.actor, r.field, r.evidenceIndex, r.text])).toEqual([
      ['moscow', 'summary', undefined, 'Agreed, according to the envoy.'],
      ['moscow', 'speaker', 0, 'US envoy'],
    ]);
  });

  test('searchQuotes() gives one result per matching text, at its first match', () => {
    const results = searchQuotes(storyWith(said('truce, truce and truce')), 'truce', 'en');
    expect(results.map((r) => r.match)).toEqual([[0, 5]]);
  });

  test('searchQuotes() lists results in grid order, newest position first within a cell', () => {
    const results = searchQuotes(storyWith(said('A ceasefire.')), 'ceasefire', 'en');
    expect(results.map((r) => [r.issue, r.actor, r.asOf, r.field])).toEqual([
      ['ceasefire', 'kyiv', '2025-08-16', 'text'],
      ['ceasefire', 'washington', '2025-08-14', 'summary'],
      ['ceasefire', 'washington', '2025-08-14', 'text'],
    ]);
  });

  test.each([
    ['an empty query', ''],
    ['a query of only whitespace', ' \n\t '],
    ['a query that appears nowhere', 'armistice'],
  ])('searchQuotes() finds nothing for %s', (_case, query) => {
    expect(searchQuotes(fixtureStory(), query, 'en')).toEqual([]);
  });

  test('searchQuotes() stops at the default limit', () => {
    const many = Array.from({ length: DEFAULT_SEARCH_LIMIT + 10 }, (_, i) => said(`Quote ${i}`));
    expect(searchQuotes(storyWith(...many), 'quote', 'en')).toHaveLength(DEFAULT_SEARCH_LIMIT);
  });

  test.each([
    [1, 1],
    [0, 0],
    [1000, 3],
  ])('searchQuotes() with limit %d returns %d results', (limit, expected) => {
    const story = storyWith(said('Quote'), said('Quote'), said('Quote'));
    expect(searchQuotes(story, 'quote', 'en', { limit })).toHaveLength(expected);
  });

  test('searchQuotes() does not modify the story', () => {
    const story = storyWith(said('Zélenskyy said', { original: 'Зеленський' }));
    const before = structuredClone(story);
    searchQuotes(story, 'zelenskyy', 'en');
    expect(story).toEqual(before);
  });
});

test.each([
  [
    'a short text whole',
    'we will talk',
    [3, 7],
    10,
    { before: 'we ', match: 'will', after: ' talk' },
  ],
  [
    'a long text cut at words either side',
    'one two three four five six seven',
    [14, 18],
    5,
    { before: '…three ', match: 'four', after: ' five…' },
  ],
])('matchExcerpt() gives %s', (_case, text, match, context, expected) => {
  const result = {
    actor: 'a',
    issue: 'i',
    asOf: '2025-01-01',
    evidenceIndex: 0,
    field: 'text' as const,
    text,
    match: match as [number, number],
  };
  expect(matchExcerpt(result, context)).toEqual(expected);
});
