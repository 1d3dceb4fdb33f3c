import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint';

/** Fake timers, and animation frames kept for the test to run: the callbacks in order. */
function holdFrames(): FrameRequestCallback[] {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  return frames;
}

describe('afterNextPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the task in a task of its own after the next animation frame', () => {
    const frames = holdFrames();
    const task = vi.fn();
    afterNextPaint(task);
    expect(task).not.toHaveBeenCalled();
    frames[0]!(0);
    // Not inside the frame callback, which runs before the paint.
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs the task by the deadline when no frame comes, and only once', () => {
    const frames = holdFrames();
    const task = vi.fn();
    afterNextPaint(task, 50);
    vi.advanceTimersByTime(49);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    frames[0]!(0);
    vi.advanceTimersByTime(10);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
