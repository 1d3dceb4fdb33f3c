/**
 * Holds every locale file to English's shape (same keys, same kinds, nested objects too), checks
 * the plural tables against the grammar of each language, and catches strings left untranslated.
 */
import { describe, expect, it } from 'vitest';
import { en as page, type AllMessages } from '../../src/locales/en';
import { enIslands } from '../../src/locales/en-islands';
import { uk } from '../../src/locales/uk';

/** English in full: the dashboard's strings and its islands', which come in a file of their own. */
const en: AllMessages = { ...page, ...enIslands };

type Kind = 'string' | 'function' | 'group' | 'other';

/** Every entry of a messages object, nested groups included, as a dotted path and its kind. */
function shape(messages: object, prefix = ''): Map<string, Kind> {
  const out = new Map<string, Kind>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key;
    if (typeof value === 'string' || typeof value === 'function') {
      out.set(path, typeof value === 'string' ? 'string' : 'function');
    } else if (value !== null && typeof value === 'object') {
      out.set(path, 'group');
      for (const [inner, kind] of shape(value as object, `${path}.`)) out.set(inner, kind);
    } else {
      out.set(path, 'other');
    }
  }
  return out;
}

/** Every string leaf of a messages object, by dotted path. */
function strings(messages: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else if (value !== null && typeof value === 'object') {
      for (const [inner, text] of strings(value as object, `${prefix}${key}.`))
        out.set(inner, text);
    }
  }
  return out;
}

/** Keys whose Ukrainian text may equal the English one because it is a proper name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['embedPymLabel']);

const LOCALES: [string, AllMessages][] = [['uk', uk]];

describe.each(LOCALES)('locales/%s.ts', (language, messages) => {
  it('has every key of en, with the same kind (string, function or group)', () => {
    const expected = shape(en);
    const actual = shape(messages);
    const missing = [...expected.keys()].filter((key) => !actual.has(key));
    const wrongKind = [...expected].filter(
      ([key, kind]) => actual.has(key) && actual.get(key) !== kind,
    );
    expect(missing, `missing in ${language}`).toEqual([]);
    expect(wrongKind, `kind differs in ${language}`).toEqual([]);
  });

  it('has no key that en lacks', () => {
    const expected = shape(en);
    expect([...shape(messages).keys()].filter((key) => !expected.has(key))).toEqual([]);
  });

  it('translates every string, apart from proper names', () => {
    const english = strings(en);
    const same = [...strings(messages)]
      .filter(([key, text]) => !SAME_IN_EVERY_LANGUAGE.has(key) && english.get(key) === text)
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('leaves no string empty', () => {
    expect(
      [...strings(messages)].filter(([, text]) => text.trim() === '').map(([key]) => key),
    ).toEqual([]);
  });
});

describe('locales/uk.ts plurals', () => {
  const table: [number, string, string, string][] = [
    [0, '0 цитат', '0 результатів', '0 учасників приховано'],
    [1, '1 цитата', '1 результат', '1 учасник прихований'],
    [2, '2 цитати', '2 результати', '2 учасники приховані'],
    [4, '4 цитати', '4 результати', '4 учасники приховані'],
    [5, '5 цитат', '5 результатів', '5 учасників приховано'],
    [11, '11 цитат', '11 результатів', '11 учасників приховано'],
    [12, '12 цитат', '12 результатів', '12 учасників приховано'],
    [14, '14 цитат', '14 результатів', '14 учасників приховано'],
    [21, '21 цитата', '21 результат', '21 учасник прихований'],
    [22, '22 цитати', '22 результати', '22 учасники приховані'],
    [25, '25 цитат', '25 результатів', '25 учасників приховано'],
    [101, '101 цитата', '101 результат', '101 учасник прихований'],
    [111, '111 цитат', '111 результатів', '111 учасників приховано'],
  ];

  it.each(table)('uk.quoteCount(%i) agrees the noun with the number', (n, quotes) => {
    expect(uk.quoteCount(n)).toBe(quotes);
  });

  it.each(table)('uk.resultCount(%i) agrees the noun with the number', (n, _quotes, results) => {
    expect(uk.resultCount(n)).toBe(results);
  });

  it.each(table)(
    'uk.actorsHidden(%i) agrees noun and verb with the number',
    (n, _q, _r, hidden) => {
      expect(uk.actorsHidden(n)).toBe(hidden);
    },
  );

  it('uk.cellName() counts quotes in Ukrainian and lower-cases the stance', () => {
    expect(uk.cellName('Зеленський', 'Гарантії', 'Підтримує', 2)).toBe(
      'Зеленський — Гарантії: підтримує, 2 цитати',
    );
    expect(uk.cellName('Зеленський', 'Гарантії', undefined, 0)).toBe(
      'Зеленський — Гарантії: позиція невідома',
    );
  });
});

describe('locales/en.ts plurals', () => {
  it.each([
    [0, '0 quotes', '0 results', '0 actors hidden'],
    [1, '1 quote', '1 result', '1 actor hidden'],
    [2, '2 quotes', '2 results', '2 actors hidden'],
    [21, '21 quotes', '21 results', '21 actors hidden'],
    [1000, '1,000 quotes', '1,000 results', '1,000 actors hidden'],
  ])('en plural messages for %i', (n, quotes, results, hidden) => {
    expect(en.quoteCount(n)).toBe(quotes);
    expect(en.resultCount(n)).toBe(results);
    expect(en.actorsHidden(n)).toBe(hidden);
  });
});

describe('dates and language names in messages', () => {
  it('formats correction dates in the locale’s language', () => {
    expect(en.correctedOn('2025-08-17')).toBe('Corrected on Aug 17, 2025');
    expect(uk.correctedOn('2025-08-17')).toBe('Виправлено 17 серп. 2025 р.');
    expect(en.changedSince('2025-08-15')).toBe('Changed since Aug 15, 2025');
    expect(uk.changedSince('2025-08-15')).toBe('Змінилося з 15 серп. 2025 р.');
    expect(uk.imageSourceLine('CNN', '2025-08-17')).toBe('Джерело: CNN; оновлено 17 серп. 2025 р.');
  });

  it.each([
    ['en', 'en', 'Translated from English'],
    ['de', 'en', 'Translated from German'],
    ['en', 'uk', 'Переклад з англійської'],
    ['ru', 'uk', 'Переклад з російської'],
    ['en-GB', 'uk', 'Переклад з англійської (Велика Британія)'],
    ['he', 'uk', 'Переклад з мови оригіналу: іврит'],
  ])('translatedFrom(%j) in %s is %j', (tag, ui, expected) => {
    expect((ui === 'uk' ? uk : en).translatedFrom(tag)).toBe(expected);
  });
});

describe('locales/en-islands.ts', () => {
  it('shares no key with en.ts: each string is in one of the two', () => {
    expect(Object.keys(enIslands).filter((key) => Object.hasOwn(page, key))).toEqual([]);
  });
});
