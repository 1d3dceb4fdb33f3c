import { expect, test, vi } from 'vitest';
import { LazyImport } from './lazy-import.svelte';

test('a lazy module is imported once, on first load, and is current from then on', async () => {
  const module = { default: () => undefined };
  const importer = vi.fn(() => Promise.resolve(module));
  const lazy = new LazyImport(importer);
  expect(importer).not.toHaveBeenCalled();
  expect(lazy.current).toBeUndefined();
  expect(lazy.failed).toBe(false);
  await Promise.all([lazy.load(), lazy.load()]);
  expect(importer).toHaveBeenCalledOnce();
  expect(lazy.current).toBe(module);
});

test('an import that failed is tried again on the next load', async () => {
  const module = { default: () => undefined };
  const importer = vi
    .fn<() => Promise<typeof module>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValueOnce(module);
  const lazy = new LazyImport(importer);
  await expect(lazy.load()).rejects.toThrow('offline');
  expect(lazy.current).toBeUndefined();
  expect(lazy.failed).toBe(true);
  await lazy.load();
  expect(importer).toHaveBeenCalledTimes(2);
  expect(lazy.current).toBe(module);
  expect(lazy.failed).toBe(false);
});
