import { formatPymMessage, hostCellLink, parsePymMessage } from './pym';
import { formatHash, type HashState } from './hash';

export interface EmbedChild {
  /** Tells the host which cell is open, for hosts that opted in to mirror it in their URL. */
  reportSelection: (selection: HashState) => void;
  stop: () => void;
}

/**
 * The embed page's side of the resize protocols. Whenever the content's height changes it
 * posts it once, rounded up, as a pym.js `height` message (when the host gave a `childId`), as
 * AMP's `embed-size` and as the `iframe.resize` message Medium/Embedly-style hosts read; it
 * answers a pym parent's `width` message with the current height. The height is that of the
 * content, not of the frame, so resizing the frame can never feed back into a loop. It never
 * navigates or scrolls the host.
 */
export function startEmbedChild(win: Window, content: HTMLElement): EmbedChild {
  const childId = new URLSearchParams(win.location.search).get('childId') ?? '';
  const host = win.parent;
  let lastHeight = -1;

  function post(message: unknown) {
    if (host !== win) host.postMessage(message, '*');
  }

  function sendHeight(force: boolean) {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === lastHeight && !force) return;
    lastHeight = height;
    if (childId) post(formatPymMessage({ childId, type: 'height', payload: String(height) }));
    post({ sentinel: 'amp', type: 'embed-size', height });
    post(JSON.stringify({ context: 'iframe.resize', src: win.location.href, height }));
  }

  function onMessage(event: MessageEvent) {
    if (event.source !== host) return;
    const message = parsePymMessage(event.data);
    if (message?.childId === childId && message.type === 'width') sendHeight(true);
  }

  const observer = new ResizeObserver(() => sendHeight(false));
  observer.observe(content);
  win.addEventListener('message', onMessage);
  sendHeight(false);

  return {
    reportSelection(selection) {
      if (!childId) return;
      const payload =
        selection.actor && selection.issue ? `${selection.actor}/${selection.issue}` : '';
      post(formatPymMessage({ childId, type: 'standpoint-cell', payload }));
    },
    stop() {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
    },
  };
}

/**
 * A pym.js parent passes its page URL as `parentUrl`; a `#standpoint=<actor>/<issue>` there
 * opens that cell, unless the frame's own hash already names one.
 */
export function cellHashFromParent(search: string, ownHash: string): string | undefined {
  if (ownHash.length > 1) return undefined;
  const parentUrl = new URLSearchParams(search).get('parentUrl');
  const cell = parentUrl ? hostCellLink(parentUrl) : undefined;
  return cell ? formatHash(cell) : undefined;
}
