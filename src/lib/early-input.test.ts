// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { changedControls, replayChange } from './early-input';

/** Prerendered controls, as the build writes them: a select with a selected option, a slider. */
function prerendered() {
  document.body.innerHTML = `
    <select id="s1-order"><option value="editor" selected>Editor</option><option value="divided">Divided</option></select>
    <select id="s4-since"><option value="">None</option><option value="2025-08-14">Aug 14</option></select>
    <input id="s2-slider" type="range" min="0" max="2" value="2" />
    <input id="s3-search" type="search" value="" />`;
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return {
    order: get<HTMLSelectElement>('s1-order'),
    since: get<HTMLSelectElement>('s4-since'),
    slider: get<HTMLInputElement>('s2-slider'),
  };
}

describe('changedControls', () => {
  test('finds the selects and sliders whose value is not the markup’s, and only those', () => {
    const { order, since, slider } = prerendered();
    expect(changedControls(document.body)).toEqual([]);
    order.value = 'divided';
    slider.value = '0';
    expect(changedControls(document.body)).toEqual([
      { id: 's1-order', value: 'divided' },
      { id: 's2-slider', value: '0' },
    ]);
    since.value = '2025-08-14';
    expect(changedControls(document.body)).toContainEqual({ id: 's4-since', value: '2025-08-14' });
  });
});

describe('replayChange', () => {
  test('sets the control again and sends the input and change events a reader’s change sends', () => {
    const { order } = prerendered();
    const events: string[] = [];
    document.body.addEventListener('input', (event) =>
      events.push(`input ${(event.target as HTMLSelectElement).value}`),
    );
    document.body.addEventListener('change', (event) =>
      events.push(`change ${(event.target as HTMLSelectElement).value}`),
    );
    replayChange(document, { id: 's1-order', value: 'divided' });
    expect(order.value).toBe('divided');
    expect(events).toEqual(['input divided', 'change divided']);
    replayChange(document, { id: 'gone', value: 'x' });
    expect(events).toHaveLength(2);
  });
});
