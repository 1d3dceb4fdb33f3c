import { expect, test } from 'vitest';
import { isCopyleft, shippedPackages } from '../../scripts/shipped-licences';

test('every package in the built page has a permissive licence', { timeout: 60_000 }, async () => {
  const packages = await shippedPackages();
  expect(packages.map((item) => item.name)).toContain('svelte');
  expect(packages.filter((item) => isCopyleft(item.licence))).toEqual([]);
});

test.each([
  ['MIT', false],
  ['ISC', false],
  ['BSD-3-Clause', false],
  ['Apache-2.0', false],
  ['GPL-3.0-only', true],
  ['LGPL-2.1-or-later', true],
  ['(MIT OR GPL-2.0)', false],
  ['(MIT AND GPL-2.0)', true],
  ['(GPL-2.0 OR LGPL-3.0)', true],
  ['MPL-2.0', true],
  ['UNKNOWN', true],
])('isCopyleft(%s) is %s', (licence, expected) => {
  expect(isCopyleft(licence)).toBe(expected);
});
