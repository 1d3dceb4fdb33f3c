import { afterEach, describe, expect, test, vi } from 'vitest';
import { idleQueue } from '../../tests/fixtures/idle-queue';
import { savingData, whenIdle } from './idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle()', () => {
  test('waits for the browser to be idle where it can tell', () => {
    const runIdle = idleQueue();
    const task = vi.fn();
    whenIdle(task);
    expect(task).not.toHaveBeenCalled();
    runIdle();
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
