import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PanelOpener } from './panel-opener';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function opener(importer: () => Promise<unknown>) {
  const calls: string[] = [];
  const panel = new PanelOpener(importer, {
    focusPanel: () => calls.push('focus panel'),
    revealCell: (cell: string) => calls.push(`reveal ${cell}`),
  });
  return { panel, calls };
}

test('an opened cell is revealed only after the code has arrived and the page has painted', async () => {
  let arrive: (module: unknown) => void = () => undefined;
  const { panel, calls } = opener(() => new Promise((resolve) => (arrive = resolve)));
  const revealed = panel.reveal('trump/ceasefire', true);
  await vi.advanceTimersByTimeAsync(500);
  expect(calls).toEqual([]);
  arrive({ default: 'Panel' });
  await revealed;
  expect(calls).toEqual([]);
  await vi.advanceTimersByTimeAsync(100);
  expect(calls).toEqual(['focus panel', 'reveal trump/ceasefire']);
});

test('a cell opened from a link is scrolled to without taking focus', async () => {
  const { panel, calls } = opener(() => Promise.resolve({}));
  await panel.reveal('putin/territory', false);
  await vi.advanceTimersByTimeAsync(100);
  expect(calls).toEqual(['reveal putin/territory']);
});

test('a failed import does not reject, is reported, and is tried again on the next load', async () => {
  const importer = vi
    .fn<() => Promise<unknown>>()
    .mockRejectedValueOnce(new Error('offline'))
    .mockResolvedValueOnce({ default: 'Panel' });
  const { panel } = opener(importer);
  await expect(panel.load()).resolves.toBeUndefined();
  expect(panel.code.failed).toBe(true);
  await panel.load();
  expect(importer).toHaveBeenCalledTimes(2);
  expect(panel.code.current).toEqual({ default: 'Panel' });
});

test('once idle, the code is imported and then prepared, but nothing is prepared if it failed', async () => {
  const prepare = vi.fn(() => Promise.resolve());
  const failing = opener(() => Promise.reject(new Error('offline')));
  failing.panel.loadWhenIdle(prepare);
  await vi.runAllTimersAsync();
  expect(prepare).not.toHaveBeenCalled();

  const importer = vi.fn(() => Promise.resolve({ default: 'Panel' }));
  const working = opener(importer);
  working.panel.loadWhenIdle(prepare);
  expect(importer).not.toHaveBeenCalled();
  await vi.runAllTimersAsync();
  expect(importer).toHaveBeenCalledOnce();
  expect(prepare).toHaveBeenCalledOnce();
});
