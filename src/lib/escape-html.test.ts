import { expect, test } from 'vitest';
import { escapeHtml } from './escape-html';

test('escapeHtml() escapes every character that could open markup or end an attribute', () => {
  expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('escapeHtml() leaves other text alone', () => {
  expect(escapeHtml('Zelenskyy’s “robust” guarantees')).toBe('Zelenskyy’s “robust” guarantees');
});
