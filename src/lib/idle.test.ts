import { afterEach, describe, expect, test, vi } from 'vitest';
import { savingData, whenIdle } from './idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle()', () => {
  test('waits for the browser to be idle where it can tell', () => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => callbacks.push(callback));
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    callbacks[0]!();
    expect(task).toHaveBeenCalledOnce();
  });

  test('runs in a later task where requestIdleCallback is missing', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledOnce();
  });
});

describe('savingData()', () => {
  test.each([
    [{ connection: { saveData: true } }, true],
    [{ connection: { saveData: false } }, false],
    [{}, false],
  ])('reads the Save-Data preference from %j', (navigator, expected) => {
    vi.stubGlobal('navigator', navigator);
    expect(savingData()).toBe(expected);
  });
});
