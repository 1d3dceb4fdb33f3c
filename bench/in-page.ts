/**
 * The code the harness adds to every page it measures, before any of the page's own scripts
 * run (`page.addInitScript`). It is plain JavaScript in a string, so the browser runs exactly
 * this text whatever compiles the harness. The same script, with the same method, is used for
 * Standpoint and both comparison pages; only the CSS selector that says "the matrix is there"
 * differs.
 *
 * `whenPainted(check)` tests `check()` at the start of every animation frame. The first frame
 * where it holds is the frame that paints the change, so it resolves with:
 * - `afterFrame`: the time just after that frame's rendering work (a message posted from the
 *   frame's rAF callback runs once style, layout and paint of the frame are done), and
 * - `nextFrame`: the start of the following frame (the classic double rAF; up to one frame
 *   interval later).
 * All times are `performance.now()`, milliseconds since navigation start.
 */

/**
 * Says when a page's matrix is on screen: at least `count` elements match `selector`; or, for
 * a grid that draws only the cells in view (`windowed`, marked by `aria-rowcount` on the grid
 * once it is windowed), when the cells at the top-left and bottom-right corners of its visible
 * area are drawn.
 */
export interface ReadyCondition {
  selector: string;
  count: number;
  windowed?: boolean;
  /** Milliseconds to wait for it before giving up. */
  timeout: number;
}

/** What must hold for an interaction to count as painted. */
export type InteractionCheck =
  /** An element matching `selector` contains `text` (e.g. the panel shows the cell's first quote). */
  | { kind: 'text'; selector: string; text: string }
  /** The focused element is the cell with these data-actor / data-issue values. */
  | { kind: 'focus'; actor: string; issue: string };

export interface PaintTimes {
  /** When `check()` first held, at the start of a frame. */
  seen: number;
  afterFrame: number;
  nextFrame: number;
}

export interface InteractionTimes extends PaintTimes {
  /** `timeStamp` of the trusted input event (click or keydown) that started the interaction. */
  start: number;
  /** The event's `pointerType` for a click ("mouse" or "touch"); empty for a key. */
  pointerType: string;
  /**
   * For a click, from the `timeStamp` of the trusted pointerdown before it to the click's: how
   * long the button or finger was down, as the page saw it. Null for a key.
   */
  pressed: number | null;
}

export function inPageScript(ready: ReadyCondition): string {
  return `(() => {
  const ready = ${JSON.stringify(ready)};
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        longTasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  function whenPainted(check) {
    return new Promise((resolve) => {
      const poll = () => {
        if (!check()) {
          requestAnimationFrame(poll);
          return;
        }
        const seen = performance.now();
        let afterFrame;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          afterFrame = performance.now();
        };
        channel.port2.postMessage(null);
        requestAnimationFrame(() => {
          const nextFrame = performance.now();
          resolve({ seen, afterFrame: afterFrame ?? nextFrame, nextFrame });
        });
      };
      requestAnimationFrame(poll);
    });
  }

  function withTimeout(promise, ms, what) {
    return Promise.race([
      promise,
      new Promise((_, reject) => setTimeout(() => reject(new Error(what + ': timed out')), ms)),
    ]);
  }

  function viewFilled(grid) {
    const box = grid.parentElement;
    const rect = box.getBoundingClientRect();
    const right = Math.min(rect.left + box.clientLeft + box.clientWidth, innerWidth) - 4;
    const bottom = Math.min(rect.top + box.clientTop + box.clientHeight, innerHeight) - 4;
    const cellAt = (x, y) => document.elementFromPoint(x, y)?.closest('[role=gridcell]');
    // While a long page is still being parsed the grid can be there without its rows.
    const head = grid.querySelector('thead');
    const rowHeader = grid.querySelector('tbody th');
    if (!head || !rowHeader) return false;
    const lastHeader = head.getBoundingClientRect();
    const firstColumn = rowHeader.getBoundingClientRect();
    return Boolean(cellAt(firstColumn.right + 4, lastHeader.bottom + 4) && cellAt(right, bottom));
  }
  const painted = whenPainted(() => {
    const grid = ready.windowed && document.querySelector('[role=grid][aria-rowcount]');
    if (grid) return viewFilled(grid);
    return document.querySelectorAll(ready.selector).length >= ready.count;
  });
  let interaction;

  window.__bench = {
    longTasks,
    painted: () => withTimeout(painted, ready.timeout, 'matrix painted'),
    frames: (count) =>
      new Promise((resolve) => {
        const step = () => (--count <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    arm(type, check) {
      let start;
      let pointerType = '';
      let pressedAt;
      const listener = (event) => {
        if (start === undefined && event.isTrusted) {
          start = event.timeStamp;
          pointerType = event.pointerType || '';
        }
      };
      const onPress = (event) => {
        if (pressedAt === undefined && event.isTrusted) pressedAt = event.timeStamp;
      };
      addEventListener(type, listener, { capture: true });
      if (type === 'click') addEventListener('pointerdown', onPress, { capture: true });
      const holds = () => {
        if (start === undefined) return false;
        if (check.kind === 'text') {
          for (const element of document.querySelectorAll(check.selector)) {
            if ((element.textContent || '').includes(check.text)) return true;
          }
          return false;
        }
        const focused = document.activeElement;
        return (
          focused instanceof HTMLElement &&
          focused.dataset.actor === check.actor &&
          focused.dataset.issue === check.issue
        );
      };
      interaction = whenPainted(holds).then((times) => {
        removeEventListener(type, listener, { capture: true });
        removeEventListener('pointerdown', onPress, { capture: true });
        const pressed = pressedAt === undefined ? null : start - pressedAt;
        return { start, pointerType, pressed, ...times };
      });
    },
    interaction: () => withTimeout(interaction, 30000, 'interaction painted'),
  };
})();`;
}
