import { expect, test, vi } from 'vitest';
import { LazyComponent } from './lazy-component.svelte';

test('a lazy component is imported once, on first load, and is current from then on', async () => {
  const component = () => undefined;
  const importer = vi.fn(() => Promise.resolve({ default: component }));
  const lazy = new LazyComponent(importer);
  expect(importer).not.toHaveBeenCalled();
  expect(lazy.current).toBeUndefined();
  await Promise.all([lazy.load(), lazy.load()]);
  expect(importer).toHaveBeenCalledOnce();
  expect(lazy.current).toBe(component);
});

test('an import that failed is tried again on the next load', async () => {
  const component = () => undefined;
  const importer = vi
    .fn<() => Promise<{ default: typeof component }>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValueOnce({ default: component });
  const lazy = new LazyComponent(importer);
  await expect(lazy.load()).rejects.toThrow('offline');
  expect(lazy.current).toBeUndefined();
  await lazy.load();
  expect(importer).toHaveBeenCalledTimes(2);
  expect(lazy.current).toBe(component);
});
