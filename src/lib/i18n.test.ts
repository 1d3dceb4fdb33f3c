import { describe, expect, it } from 'vitest';
import { en } from '../locales/en';
import { uk } from '../locales/uk';
import {
  isSupportedLanguage,
  loadMessages,
  messagesFor,
  quoteMarks,
  resolveLanguage,
} from './i18n';

describe('loadMessages() and messagesFor()', () => {
  it('messagesFor() refuses a language whose strings were not loaded, instead of showing English', () => {
    expect(() => messagesFor('uk')).toThrow(/"uk" interface strings are not loaded/);
  });

  it.each([
    ['en', en],
    ['en-GB', en],
    ['uk', uk],
    ['uk-UA', uk],
    ['UK', uk],
    ['fr', en],
    ['ru', en],
    ['', en],
    ['not a tag', en],
  ])(
    'loadMessages(%j) loads the right locale, which messagesFor() then gives',
    async (language, expected) => {
      expect(await loadMessages(language)).toBe(expected);
      expect(messagesFor(language)).toBe(expected);
    },
  );
});

describe('quoteMarks()', () => {
  it.each([
    ['en', ['“', '”']],
    ['uk-UA', ['«', '»']],
    ['fr', ['“', '”']],
    ['not a tag', ['“', '”']],
  ])('quoteMarks(%j) gives the language’s own marks', (language, marks) => {
    expect(quoteMarks(language)).toEqual(marks);
  });
});

describe('isSupportedLanguage()', () => {
  it.each([
    ['en', true],
    ['uk-UA', true],
    ['de', false],
    ['__proto__', false],
    ['toString', false],
    ['', false],
  ])('isSupportedLanguage(%j) is %s', (language, expected) => {
    expect(isSupportedLanguage(language)).toBe(expected);
  });
});

describe('resolveLanguage()', () => {
  it.each([
    ['en', '', 'en'],
    ['uk', '', 'uk'],
    ['en', '?lang=uk', 'uk'],
    ['en', 'lang=uk', 'uk'],
    ['uk', '?lang=en', 'en'],
    ['en', '?lang=UK-ua', 'uk-UA'],
    ['en', '?theme=dark&lang=uk', 'uk'],
    ['en', '?lang=fr', 'en'],
    ['en', '?lang=', 'en'],
    ['en', '?lang=%3Cscript%3E', 'en'],
    ['en', '?lang=__proto__', 'en'],
    ['fr', '', 'fr'],
    ['fr', '?lang=de', 'fr'],
    ['fr', '?lang=uk', 'uk'],
  ])('resolveLanguage(%j, %j) is %j', (story, search, expected) => {
    expect(resolveLanguage(story, search)).toBe(expected);
  });
});
