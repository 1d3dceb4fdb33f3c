/**
 * Runs `task` just after the browser next paints: work that reads layout (focus, measuring,
 * scrolling) then finds it already done, and the reader sees the change a frame sooner than if
 * that work had forced a layout before the paint. A frame may never come in a hidden or
 * throttled page, so the task runs after `deadline` milliseconds at the latest.
 */
export function afterNextPaint(task: () => void, deadline = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  // rAF callbacks run before the frame's paint; a task queued from one runs after it.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run));
  setTimeout(run, deadline);
}
