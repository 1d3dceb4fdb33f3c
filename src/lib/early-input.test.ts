// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { changedControls, replayChange } from './early-input';

/** An `<option>`, `selected` in the markup when the build chose it. */
function option(value: string, selected = false): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = value || 'None';
  if (selected) element.setAttribute('selected', '');
  return element;
}

/** Prerendered controls, as the build writes them: selects with their chosen option, a slider. */
function prerendered() {
  const order = document.createElement('select');
  order.id = 's1-order';
  order.append(option('editor', true), option('divided'));
  const since = document.createElement('select');
  since.id = 's4-since';
  since.append(option(''), option('2025-08-14'));
  const slider = document.createElement('input');
  slider.id = 's2-slider';
  slider.type = 'range';
  slider.max = '2';
  slider.setAttribute('value', '2');
  const search = document.createElement('input');
  search.id = 's3-search';
  search.type = 'search';
  document.body.replaceChildren(order, since, slider, search);
  return { order, since, slider, search };
}

describe('changedControls', () => {
  test('finds the selects, sliders and search fields whose value is not the markup’s, and only those', () => {
    const { order, since, slider, search } = prerendered();
    expect(changedControls(document.body)).toEqual([]);
    order.value = 'divided';
    slider.value = '0';
    search.value = 'thankful';
    expect(changedControls(document.body)).toEqual([
      { id: 's1-order', value: 'divided' },
      { id: 's2-slider', value: '0' },
      { id: 's3-search', value: 'thankful' },
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
