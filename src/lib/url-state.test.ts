import { describe, expect, test, vi } from 'vitest';
import { UrlState, type UrlWindow } from './url-state.svelte';

/** A window at `/story/?lang=en` whose history calls are recorded. */
function fakeWindow() {
  const history = { pushState: vi.fn(), replaceState: vi.fn() };
  const window = {
    location: { pathname: '/story/', search: '?lang=en' },
    history,
  } as unknown as UrlWindow;
  return { window, history };
}

/** Writes the URL at once, for tests about what is written rather than when. */
const now = (write: () => void) => write();

describe('UrlState', () => {
  test('opening a cell on a story page adds a history entry with the whole state in the hash', () => {
    const { window, history } = fakeWindow();
    const onchange = vi.fn();
    const url = new UrlState('page', onchange, window, now);
    url.store({ date: '2025-08-15' });
    url.go({ ...url.whole, actor: 'trump', issue: 'ceasefire-first' });
    expect(history.pushState).toHaveBeenCalledExactlyOnceWith(
      null,
      '',
      '/story/?lang=en#date=2025-08-15&actor=trump&issue=ceasefire-first',
    );
    expect(history.replaceState).not.toHaveBeenCalled();
    expect(onchange).toHaveBeenCalledExactlyOnceWith({
      date: '2025-08-15',
      actor: 'trump',
      issue: 'ceasefire-first',
    });
  });

  test('a new date or pair replaces the entry, and an embed never adds one', () => {
    const page = fakeWindow();
    new UrlState('page', undefined, page.window, now).go({ date: '2025-08-14' });
    expect(page.history.replaceState).toHaveBeenCalledOnce();
    const embed = fakeWindow();
    new UrlState('embed', undefined, embed.window, now).go({ actor: 'putin', issue: 'us-role' });
    expect(embed.history.replaceState).toHaveBeenCalledOnce();
    expect(embed.history.pushState).not.toHaveBeenCalled();
  });

  test('moving to the state it already holds writes nothing and tells no one', () => {
    const { window, history } = fakeWindow();
    const onchange = vi.fn();
    const url = new UrlState('page', onchange, window, now);
    url.store({ actor: 'trump', issue: 'ceasefire-first', compare: ['trump', 'putin'] });
    url.go({ actor: 'trump', issue: 'ceasefire-first', compare: ['trump', 'putin'] });
    expect(history.pushState).not.toHaveBeenCalled();
    expect(history.replaceState).not.toHaveBeenCalled();
    expect(onchange).not.toHaveBeenCalled();
  });

  test('opening a cell leaves the view as it was, so nothing drawn from it is worked out again', () => {
    const url = new UrlState('page', undefined, fakeWindow().window, now);
    url.store({ date: '2025-08-15', compare: ['trump', 'putin'] });
    const view = url.view;
    url.go({ ...url.whole, actor: 'trump', issue: 'ceasefire-first' });
    expect(url.view).toBe(view);
    const cell = url.cell;
    url.go({ ...url.whole, since: '2025-08-14' });
    expect(url.cell).toBe(cell);
    expect(url.view).toEqual({
      date: '2025-08-15',
      since: '2025-08-14',
      compare: ['trump', 'putin'],
    });
  });

  test('closing the cell keeps the view in the hash', () => {
    const { window, history } = fakeWindow();
    const url = new UrlState('page', undefined, window, now);
    url.store({ date: '2025-08-15', actor: 'trump', issue: 'ceasefire-first' });
    url.go(url.view);
    expect(url.cell).toEqual({ actor: undefined, issue: undefined });
    expect(history.pushState).toHaveBeenCalledWith(null, '', '/story/?lang=en#date=2025-08-15');
  });

  test('the state changes at once and the URL later, each write in order with its own method', () => {
    const { window, history } = fakeWindow();
    const onchange = vi.fn();
    const writes: (() => void)[] = [];
    const url = new UrlState('page', onchange, window, (write) => writes.push(write));
    url.go({ actor: 'trump', issue: 'ceasefire-first' });
    url.go({ ...url.whole, date: '2025-08-15' });
    expect(url.whole).toEqual({ date: '2025-08-15', actor: 'trump', issue: 'ceasefire-first' });
    expect(history.pushState).not.toHaveBeenCalled();
    expect(onchange).not.toHaveBeenCalled();
    for (const write of writes) write();
    expect(history.pushState).toHaveBeenCalledExactlyOnceWith(
      null,
      '',
      '/story/?lang=en#actor=trump&issue=ceasefire-first',
    );
    expect(history.replaceState).toHaveBeenCalledExactlyOnceWith(
      null,
      '',
      '/story/?lang=en#date=2025-08-15&actor=trump&issue=ceasefire-first',
    );
    expect(history.pushState.mock.invocationCallOrder[0]).toBeLessThan(
      history.replaceState.mock.invocationCallOrder[0]!,
    );
    expect(onchange).toHaveBeenCalledTimes(2);
  });

  test('a state read from the URL before a waiting write drops it, so URL and state agree', () => {
    const { window, history } = fakeWindow();
    const onchange = vi.fn();
    const writes: (() => void)[] = [];
    const url = new UrlState('page', onchange, window, (write) => writes.push(write));
    url.go({ actor: 'trump', issue: 'ceasefire-first' });
    // Back, pressed before the click's entry was written, lands on the entry before it.
    url.read({ date: '2025-08-14' });
    url.go({ ...url.whole, actor: 'putin', issue: 'us-role' });
    for (const write of writes) write();
    expect(url.whole).toEqual({ date: '2025-08-14', actor: 'putin', issue: 'us-role' });
    expect(history.pushState).toHaveBeenCalledExactlyOnceWith(
      null,
      '',
      '/story/?lang=en#date=2025-08-14&actor=putin&issue=us-role',
    );
    expect(onchange).toHaveBeenCalledExactlyOnceWith(url.whole);
  });
});
