/**
 * `embed.js`: turns every `<div data-standpoint-src="…/embed.html">fallback</div>` on a host
 * page into a lazily loaded, sandboxed iframe that resizes to its content. Built on its own
 * into one dependency-free classic script.
 *
 * Options on the div: `data-standpoint-cell="<actor>/<issue>"` opens a cell (as does
 * `#standpoint=<actor>/<issue>` in the host page's URL), `data-theme="dark|light"`,
 * `data-standpoint-title` (else the fallback's text), and `data-standpoint-sync-hash` to let
 * the embed mirror the open cell in the host's URL hash (off by default).
 */
import { formatHash } from '../lib/hash';
import { hostCellLink, parsePymMessage } from '../lib/pym';

const MIN_HEIGHT = 80;
const MAX_HEIGHT = 50_000;
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

interface Embed {
  element: HTMLElement;
  frame: HTMLIFrameElement;
  origin: string;
}

const embeds = new Map<string, Embed>();
let count = 0;

function cellFor(element: HTMLElement) {
  const attribute = element.dataset.standpointCell;
  return attribute ? hostCellLink(`#standpoint=${attribute}`) : hostCellLink(location.hash);
}

function embed(element: HTMLElement) {
  if (element.dataset.standpointReady) return;
  let src: URL;
  try {
    src = new URL(element.dataset.standpointSrc ?? '', document.baseURI);
  } catch {
    return;
  }
  if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
  element.dataset.standpointReady = '';
  const childId = `standpoint-${++count}`;
  src.searchParams.set('childId', childId);
  src.searchParams.set('initialWidth', String(element.clientWidth));
  const theme = element.dataset.theme;
  if (theme === 'dark' || theme === 'light') src.searchParams.set('theme', theme);
  const cell = cellFor(element);
  if (cell) src.hash = formatHash(cell);

  const frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = element.dataset.standpointTitle ?? element.textContent?.trim() ?? 'Standpoint';
  frame.loading = 'lazy';
  frame.setAttribute('sandbox', SANDBOX);
  frame.setAttribute('scrolling', 'no');
  frame.width = '100%';
  frame.height = String(Math.max(MIN_HEIGHT, Number(element.dataset.standpointHeight) || 600));
  frame.style.border = '0';
  frame.style.display = 'block';
  element.replaceChildren(frame);
  embeds.set(childId, { element, frame, origin: src.origin });
}

function onMessage(event: MessageEvent) {
  const message = parsePymMessage(event.data);
  const target = message && embeds.get(message.childId);
  // Only the frame we made, from the origin we loaded it from, may resize it.
  if (!message || !target || event.source !== target.frame.contentWindow) return;
  if (event.origin !== target.origin) return;
  if (message.type === 'height') {
    const height = Number(message.payload);
    if (!Number.isFinite(height)) return;
    target.frame.height = String(Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height))));
  } else if (message.type === 'standpoint-cell' && 'standpointSyncHash' in target.element.dataset) {
    const cell = message.payload.match(/^([\w-]{1,64})\/([\w-]{1,64})$/);
    const hash = cell ? `#standpoint=${cell[1]}/${cell[2]}` : '';
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}

function embedAll() {
  document.querySelectorAll<HTMLElement>('[data-standpoint-src]').forEach(embed);
}

addEventListener('message', onMessage);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', embedAll);
else embedAll();
