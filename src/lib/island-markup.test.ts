import { expect, test } from 'vitest';
import { fillIsland } from './island-markup';

const BODY = '<!--[--><section>Controls</section><!--]-->';

test('fillIsland() puts the markup into the empty element of that island only', () => {
  const page = '<main><div data-island="controls"></div><div data-island="tools"></div></main>';
  expect(fillIsland(page, 'controls', BODY)).toBe(
    `<main><div data-island="controls">${BODY}</div><div data-island="tools"></div></main>`,
  );
});

test('fillIsland() refuses a page without the island’s empty element, or with two', () => {
  expect(() => fillIsland('<main></main>', 'controls', BODY)).toThrow(/found 0/);
  const twice = '<div data-island="controls"></div>'.repeat(2);
  expect(() => fillIsland(twice, 'controls', BODY)).toThrow(/found 2/);
});

test('fillIsland() takes the body as it is, `$` patterns and all', () => {
  expect(fillIsland('<div data-island="a"></div>', 'a', "$& $1 $'")).toBe(
    '<div data-island="a">$& $1 $\'</div>',
  );
});
