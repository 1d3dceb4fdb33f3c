import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import story from '../../data/white-house-talks.json';
import { launchChromium } from './chromium';
import {
  DIST,
  holdScripts,
  hydrated,
  loadNotingPrerendered,
  prerenderedKept,
  SUB_PATH,
} from './fixtures';
import { serveStatic, type StaticSite } from './static-server';

let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveStatic(DIST, SUB_PATH);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const normalise = (text: string) => text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
const stanceLabels = new Map([
  ['supports', 'Supports'],
  ['conditional', 'Open, with conditions'],
  ['unclear', 'Unclear or mixed'],
  ['opposes', 'Opposes'],
]);

describe.each(['', 'white-house-talks/', 'white-house-talks/embed.html'])(
  'the page %s with JavaScript disabled',
  (path) => {
    test('contains every position’s stance, summary and quotes as text', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.url + path);
      const text = normalise((await page.locator('body').textContent()) ?? '');
      for (const position of story.positions) {
        expect(text).toContain(normalise(stanceLabels.get(position.stance) ?? position.stance));
        expect(text).toContain(normalise(position.summary));
        for (const evidence of position.evidence) expect(text).toContain(normalise(evidence.text));
      }
      expect(await page.locator('[role=grid] td[role=gridcell]').count()).toBe(
        story.actors.length * story.issues.length,
      );
      await context.close();
    });
  },
);

test('search engines and link previews get the title, description and Open Graph tags', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  expect(await page.title()).toBe(story.title);
  const meta = (selector: string) => page.locator(selector).getAttribute('content');
  expect(await meta('meta[name="description"]')).toBe(story.description);
  expect(await meta('meta[property="og:title"]')).toBe(story.title);
  expect(await meta('meta[property="og:description"]')).toBe(story.description);
  await context.close();
});

test('hydration keeps the prerendered nodes and logs nothing', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const logs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') logs.push(message.text());
  });
  page.on('pageerror', (error) => logs.push(error.message));
  const trump = 'td[data-actor="trump"][data-issue="ceasefire-first"]';
  await loadNotingPrerendered(page, site.url, trump);
  // A click before the page's script has run is lost (that is another test's subject).
  await hydrated(page);
  await page.locator(trump).click();
  await page.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
  const kept = await prerenderedKept(page, trump);
  expect(kept).toEqual({ grid: true, cell: true, connected: true });
  expect(logs).toEqual([]);
  await context.close();
});

test('a cell clicked after the script has run but before hydration opens once hydrated', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // A script's load event fires right after it has run: the dashboard is not hydrated
  // yet (that waits for the first frame), so this click lands on the prerendered cell.
  await page.addInitScript(`document.addEventListener('load', (event) => {
    if (!(event.target instanceof HTMLScriptElement)) return;
    window.clickedBeforeHydration = performance.getEntriesByName('standpoint:start').length === 0;
    document.querySelector('td[data-actor="putin"][data-issue="ceasefire-first"]').click();
  }, true);`);
  await page.goto(site.url);
  await page.getByRole('region', { name: 'Vladimir Putin on Ceasefire first' }).waitFor();
  expect(await page.evaluate('window.clickedBeforeHydration')).toBe(true);
  const cell = page.locator('td[data-actor="putin"][data-issue="ceasefire-first"]');
  expect(await cell.getAttribute('aria-selected')).toBe('true');
  await context.close();
});

test.each([
  ['Enter', 'Enter'],
  ['Space', ' '],
])(
  'a cell on which a keyboard reader presses %s before hydration opens once hydrated, and the page does not scroll',
  async (_, key) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // As in the test above: the script has run, the dashboard has not hydrated.
    await page.addInitScript(`document.addEventListener('load', (event) => {
      if (!(event.target instanceof HTMLScriptElement)) return;
      window.pressedBeforeHydration = performance.getEntriesByName('standpoint:start').length === 0;
      const cell = document.querySelector('td[data-actor="putin"][data-issue="ceasefire-first"]');
      cell.focus();
      const press = new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true, cancelable: true });
      window.defaultPrevented = !cell.dispatchEvent(press);
    }, true);`);
    await page.goto(site.url);
    await page.getByRole('region', { name: 'Vladimir Putin on Ceasefire first' }).waitFor();
    expect(await page.evaluate('window.pressedBeforeHydration')).toBe(true);
    expect(await page.evaluate('window.defaultPrevented')).toBe(true);
    const cell = page.locator('td[data-actor="putin"][data-issue="ceasefire-first"]');
    expect(await cell.getAttribute('aria-selected')).toBe('true');
    await context.close();
  },
);

/** The issues in the grid's order, the date shown and the order chosen. */
function gridState(page: Page) {
  return page.evaluate(() => ({
    rows: [...document.querySelectorAll('[role=grid] .issue-label')].map(
      (label) => label.textContent,
    ),
    date: document.querySelector('input[type=range]')?.getAttribute('aria-valuetext'),
    order: document.querySelector<HTMLSelectElement>('select[id$="-order"]')?.value,
    hash: location.hash,
  }));
}

test('a date and an order a reader picks before hydration are kept and take effect once hydrated', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const release = await holdScripts(page);
  await page.goto(site.url, { waitUntil: 'commit' });
  const slider = page.getByRole('slider', { name: 'Show positions as of', exact: true });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.getByRole('combobox', { name: 'Order issues' }).selectOption('divided');
  release();
  await hydrated(page);
  await page.waitForFunction(() => location.hash.includes('date='));
  const early = await gridState(page);

  const later = await context.newPage();
  await later.goto(site.url, { waitUntil: 'load' });
  await later.getByRole('slider', { name: 'Show positions as of', exact: true }).focus();
  await later.keyboard.press('Home');
  await later.getByRole('combobox', { name: 'Order issues' }).selectOption('divided');
  await later.waitForFunction(() => location.hash.includes('date='));
  expect(early).toEqual(await gridState(later));
  expect(early).toMatchObject({ date: 'Aug 14, 2025', order: 'divided', hash: '#date=2025-08-14' });
  await context.close();
});

test('a story page hydrates with one script, fetches the panel’s code only after, and the search’s when it is used', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  const panelCode = await page.waitForFunction(() => {
    const scripts = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.js'));
    const panel = scripts.find((entry) => /\/Panel-[^/]+\.js$/.test(entry.name));
    const render = performance.getEntriesByName('standpoint:render')[0] as PerformanceMeasure;
    return (
      panel &&
      render && {
        others: scripts.filter((entry) => entry !== panel).map((entry) => entry.name),
        fetchedAfterHydration: panel.startTime >= render.startTime + render.duration,
      }
    );
  });
  const { others, fetchedAfterHydration } = (await panelCode.jsonValue())!;
  expect(others).toHaveLength(1);
  expect(others[0]).toMatch(/\/index-[^/]+\.js$/);
  expect(fetchedAfterHydration).toBe(true);
  await page.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
  await page.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
  const searchCode = () =>
    page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\/quote-search-[^/]+\.js$/.test(entry.name)).length,
    );
  expect(await searchCode()).toBe(0);
  await page.getByRole('searchbox', { name: 'Search quotes' }).fill('thankful');
  await page.getByText('1 result', { exact: true }).waitFor();
  expect(await searchCode()).toBe(1);
  await context.close();
});

test('every script a page runs as it starts asks V8 to compile it while it streams in', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Map<string, Promise<string>>();
  page.on('response', (response) => {
    const name = new URL(response.url()).pathname.split('/').pop()!;
    if (name.endsWith('.js')) scripts.set(name.replace(/-[\w-]{8}\.js$/, ''), response.text());
  });
  const rehearsed = () =>
    page.waitForFunction(() => performance.getEntriesByName('standpoint:rehearsal').length > 0);
  await page.goto(site.url);
  await rehearsed();
  await page.goto(`${site.url}white-house-talks/embed.html`);
  await rehearsed();
  await page.goto(`${site.url}white-house-talks-uk/`);
  await rehearsed();
  expect([...scripts.keys()].sort()).toEqual(['Panel', 'embed-app', 'index', 'uk']);
  for (const [name, text] of scripts) {
    expect((await text).startsWith('//# allFunctionsCalledOnLoad\n'), name).toBe(true);
  }
  const onRequest = await readFile(
    join(
      DIST,
      'assets',
      (await readdir(join(DIST, 'assets'))).find((file) => file.startsWith('quote-search-'))!,
    ),
    'utf8',
  );
  expect(onRequest).not.toContain('allFunctionsCalledOnLoad');
  await context.close();
});

test('the page’s script imports its lazy modules without a preload helper, and they still load', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const src = /<script type="module"[^>]* src="\.\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
  const script = await readFile(join(DIST, src!), 'utf8');
  // Markers of Vite's helper: the link it would add, and the CSP nonce it would look up.
  expect(['modulepreload', 'csp-nonce'].filter((marker) => script.includes(marker))).toEqual([]);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}?lang=uk`, { waitUntil: 'load' });
  await page.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
  // The Ukrainian strings and the panel are both modules of their own.
  const panel = page.getByRole('region', { name: 'Donald Trump — Ceasefire first' });
  await panel.getByRole('button', { name: 'Закрити' }).waitFor();
  await context.close();
});

test('once idle, the panel is rehearsed unseen and leaves nothing behind', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript('window.historyAtStart = history.length');
  await page.goto(site.url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => performance.getEntriesByName('standpoint:rehearsal').length > 0,
    undefined,
    { timeout: 10_000 },
  );
  expect(await page.locator('.rehearsal, #panel-title').count()).toBe(0);
  await expect(page.getByRole('heading', { name: 'Select a cell' }).isVisible()).resolves.toBe(
    true,
  );
  expect(await page.evaluate('[location.hash, history.length - window.historyAtStart]')).toEqual([
    '',
    0,
  ]);
  // Buffered entries arrive in a callback, which never comes when there are none.
  const shifts = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const observer = new PerformanceObserver((list) => (count += list.getEntries().length));
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(count + observer.takeRecords().length), 250);
      }),
  );
  expect(shifts).toBe(0);
  await page.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
  await page.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
  expect(await page.locator('#panel-title').count()).toBe(1);
  await context.close();
});

test('a cell clicked mid-rehearsal ends the rehearsal and shows only its own panel', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Idle callbacks wait until the test runs them, one at a time.
  await page.addInitScript(() => {
    const held: IdleRequestCallback[] = [];
    window.requestIdleCallback = (callback) => held.push(callback);
    Object.assign(window, {
      runIdle: () => held.shift()?.({ didTimeout: false, timeRemaining: () => 50 }) !== undefined,
    });
  });
  await page.goto(site.url, { waitUntil: 'load' });
  await hydrated(page);
  const started = () =>
    page.evaluate(() => performance.getEntriesByName('standpoint:rehearsal-start').length > 0);
  for (let step = 0; step < 50 && !(await started()); step += 1) {
    await page.evaluate('window.runIdle()');
    await page.waitForTimeout(20);
  }
  expect(await started()).toBe(true);
  await page.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
  await page.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
  while (await page.evaluate('window.runIdle()'));
  expect(await page.locator('.rehearsal').count()).toBe(0);
  expect(await page.locator('#panel-title').count()).toBe(1);
  expect(await page.evaluate(() => performance.getEntriesByName('standpoint:rehearsal'))).toEqual(
    [],
  );
  await context.close();
});

test('hydrating, rehearsing and opening a cell never list a DOM prototype’s properties', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Listing them makes Chromium create every accessor of the prototype (build/setter-lookup.ts).
  await page.addInitScript(() => {
    const listed: string[] = [];
    const list = Object.getOwnPropertyDescriptors;
    Object.getOwnPropertyDescriptors = <T>(target: T) => {
      if (target instanceof Node || (target as object) === Node.prototype) {
        listed.push(String((target as object).constructor?.name));
      }
      return list(target);
    };
    Object.assign(window, { listed });
  });
  await page.goto(site.url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => performance.getEntriesByName('standpoint:rehearsal').length > 0,
    undefined,
    { timeout: 10_000 },
  );
  await page.locator('td[data-actor="trump"][data-issue="ceasefire-first"]').click();
  await page.getByRole('region', { name: 'Donald Trump on Ceasefire first' }).waitFor();
  expect(await page.evaluate('window.listed')).toEqual([]);
  await context.close();
});

test('the embed page runs one classic script, which needs no CORS in an opaque-origin frame', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}white-house-talks/embed.html`);
  const scripts = await page.locator('script[src]').evaluateAll((elements) =>
    elements.map((element) => ({
      type: element.getAttribute('type'),
      defer: element.hasAttribute('defer'),
      crossorigin: element.hasAttribute('crossorigin'),
    })),
  );
  expect(scripts).toEqual([{ type: null, defer: true, crossorigin: false }]);
  await context.close();
});

test('the list of every position is laid out only near the screen, and in full on paper', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  // The list as a whole, then each of its issues.
  const parts = page.locator('.all-positions, .all-positions .issue');
  const visibility = () =>
    parts.evaluateAll((sections) =>
      sections.map((section) => getComputedStyle(section).contentVisibility),
    );
  const issues = await page.locator('.all-positions .issue').count();
  expect(await visibility()).toEqual(Array(issues + 1).fill('auto'));
  await page.emulateMedia({ media: 'print' });
  expect(await visibility()).toEqual(Array(issues + 1).fill('visible'));
  // A grid drawn whole prints whole, with no note about a part.
  expect(await page.getByText('Printed here').count()).toBe(0);
  await context.close();
});

test('on paper, the controls say what the grid is shown as, without the means of changing it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.url}#date=2025-08-15`, { waitUntil: 'load' });
  const slider = page.getByRole('slider', { name: 'Show positions as of', exact: true });
  const controls = [
    slider,
    page.getByRole('button', { name: 'Latest' }),
    page.getByRole('searchbox'),
    page.getByRole('button', { name: 'Compare' }),
  ];
  await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('Aug 15, 2025');
  await page.emulateMedia({ media: 'print' });
  const shownAsOf = page.locator('.time-control .heading');
  expect((await shownAsOf.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
    'Show positions as of Aug 15, 2025',
  );
  expect(await shownAsOf.isVisible()).toBe(true);
  for (const control of controls) expect(await control.isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  for (const control of controls) expect(await control.isVisible()).toBe(true);
  await context.close();
});

test('hydration does not move the matrix', async () => {
  const boxes = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({
      javaScriptEnabled,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    boxes.push(await page.locator('[role=grid]').boundingBox());
    await context.close();
  }
  expect(boxes[1]).toEqual(boxes[0]);
});

describe.each([
  ['?theme=dark', undefined],
  ['', 'dark' as const],
])('the dark theme (%s, prefers-color-scheme %s)', (query, colorScheme) => {
  test('passes axe with zero violations, panel open', async () => {
    const context = await browser.newContext({ colorScheme: colorScheme ?? 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}${query}#actor=putin&issue=security-guarantees`);
    await page.getByRole('region', { name: /Vladimir Putin on/ }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'the page is actually dark').not.toBe('rgb(255, 255, 255)');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
    ).toEqual([]);
    await context.close();
  });
});
