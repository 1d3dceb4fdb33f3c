import { expect, test } from 'vitest';
import { safeHttpUrl } from './safe-url';

const accepted: [input: string, href: string][] = [
  ['https://www.reuters.com/world/talks', 'https://www.reuters.com/world/talks'],
  ['http://example.com', 'http://example.com/'],
  ['HTTPS://Example.COM/Path?q=1#frag', 'https://example.com/Path?q=1#frag'],
  ['https://example.com:8443/a b', 'https://example.com:8443/a%20b'],
  ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
  ['https://192.0.2.1/x', 'https://192.0.2.1/x'],
];

const refused: [reason: string, input: unknown][] = [
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a javascript: URL with odd case and whitespace', ' JaVaScRiPt:alert(1)'],
  ['a javascript: URL hidden by a tab', 'java\tscript:alert(1)'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['a vbscript: URL', 'vbscript:msgbox(1)'],
  ['a file: URL', 'file:///etc/passwd'],
  ['an ftp: URL', 'ftp://example.com/file'],
  ['a mailto: URL', 'mailto:editor@example.com'],
  ['a relative path', '/news/article'],
  ['a bare host', 'example.com'],
  ['a protocol-relative URL', '//evil.example/x'],
  ['an http: URL without slashes', 'http:example.com'],
  ['an https: URL with backslashes', 'https:\\\\evil.example'],
  ['a URL with leading whitespace', ' https://example.com'],
  ['a URL without a host', 'http://'],
  ['a malformed URL', 'https://exa mple.com'],
  ['a URL with a username and password', 'https://user:pass@example.com/'],
  ['a URL with only a username', 'https://user@example.com/'],
  ['an empty string', ''],
  ['a number', 42],
  ['null', null],
  ['undefined', undefined],
  ['a URL object', new URL('https://example.com/')],
];

test.each(accepted)('safeHttpUrl() accepts %s and returns %s', (input, href) => {
  expect(safeHttpUrl(input)).toBe(href);
});

test.each(refused)('safeHttpUrl() refuses %s', (_reason, input) => {
  expect(safeHttpUrl(input)).toBeUndefined();
});
