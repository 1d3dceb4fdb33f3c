// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { has_setter, lookUpOneSetter } from './setter-lookup';

const svelteRoot = dirname(createRequire(import.meta.url).resolve('svelte/package.json'));
const attributesModule = join(svelteRoot, 'src/internal/client/dom/elements/attributes.js');

/** Svelte's own answer (`get_setters`): a setter of that name on any prototype below Element. */
function inSveltesList(element: Element, name: string): boolean {
  if (name === 'innerHTML' || name === 'textContent' || name === 'innerText') return false;
  for (
    let proto: object = element;
    proto !== Element.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    const descriptors = Object.getOwnPropertyDescriptors(proto);
    if (descriptors[name]?.set) return true;
  }
  return false;
}

test('lookUpOneSetter() makes the installed Svelte’s set_attribute look up one name, not list every setter', () => {
  const source = readFileSync(attributesModule, 'utf8');
  const patched = lookUpOneSetter(source, attributesModule)!;
  const setAttribute = patched.slice(patched.indexOf('export function set_attribute('));
  expect(setAttribute.slice(0, setAttribute.indexOf('\n}'))).toContain(
    "typeof value !== 'string' && has_setter(element, attribute)",
  );
  expect(patched).toContain('function has_setter(');
  // Up to the query, the module is as Svelte wrote it.
  expect(patched.replace(/has_setter\(element, attribute\)[\s\S]*/, '')).toBe(
    source.replace(/get_setters\(element\)\.has\(attribute\)[\s\S]*/, ''),
  );
});

test('lookUpOneSetter() leaves every other module alone', () => {
  expect(lookUpOneSetter('export const x = 1;', '/app/src/lib/matrix.ts')).toBeUndefined();
  expect(
    lookUpOneSetter('get_setters(element)', join(svelteRoot, 'src/internal/client/render.js')),
  ).toBeUndefined();
});

test('lookUpOneSetter() fails the build when Svelte’s set_attribute no longer reads as expected', () => {
  expect(() => lookUpOneSetter('export function set_attribute() {}', attributesModule)).toThrow(
    /set_attribute changed/,
  );
});

test('has_setter() gives Svelte’s answer for the attributes a page sets from numbers and booleans', () => {
  const html = ['td', 'th', 'col', 'span', 'div', 'p', 'button', 'input', 'select', 'a', 'dialog'];
  const svg = ['svg', 'rect', 'path'];
  const elements = [
    ...html.map((tag) => document.createElement(tag)),
    ...svg.map((tag) => document.createElementNS('http://www.w3.org/2000/svg', tag)),
  ];
  const names = [
    'hidden',
    'tabindex',
    'tabIndex',
    'value',
    'max',
    'colspan',
    'colSpan',
    'span',
    'width',
    'height',
    'x',
    'aria-selected',
    'disabled',
    'checked',
    'open',
    'id',
    'className',
    'innerHTML',
    'textContent',
  ];
  for (const element of elements) {
    for (const name of names) {
      expect(has_setter(element, name), `${element.nodeName} ${name}`).toBe(
        inSveltesList(element, name),
      );
    }
  }
});

test('has_setter() as injected into Svelte’s module needs nothing but globals', () => {
  const injected = new Function(`${has_setter.toString()}; return has_setter;`)() as (
    element: Element,
    name: string,
  ) => boolean;
  const input = document.createElement('input');
  expect([injected(input, 'max'), injected(input, 'tabindex'), injected(input, 'id')]).toEqual([
    true,
    false,
    false,
  ]);
});
