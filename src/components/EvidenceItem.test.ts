import { render, screen } from '@testing-library/svelte';
import { expect, test } from 'vitest';
import { indexStory } from '../lib/story-index';
import { fixtureStory } from '../../tests/fixtures/story';
import EvidenceItem from './EvidenceItem.svelte';

function indexWithUrl(url: string) {
  const story = fixtureStory();
  story.sources = [{ id: 'wire', outlet: 'Wire Service', url }];
  return indexStory(story);
}

test('a source with an https URL is a link that opens in a new tab without an opener', () => {
  render(EvidenceItem, {
    evidence: { text: 'Words.', kind: 'paraphrase', source: 'wire' },
    index: indexWithUrl('https://example.org/a'),
    language: 'en',
  });
  const link = screen.getByRole('link', { name: 'Wire Service (opens in a new tab)' });
  expect(link).toHaveAttribute('href', 'https://example.org/a');
  expect(link).toHaveAttribute('target', '_blank');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
});

test.each(['javascript:alert(1)', 'data:text/html,x', '//evil.test/x'])(
  'a source URL %s that is not http(s) is shown as plain text, never a link',
  (url) => {
    render(EvidenceItem, {
      evidence: { text: 'Words.', kind: 'paraphrase', source: 'wire' },
      index: indexWithUrl(url),
      language: 'en',
    });
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Wire Service')).toBeInTheDocument();
  },
);

test('text from data is rendered as text, never as markup', () => {
  const { container } = render(EvidenceItem, {
    evidence: { text: '<img src=x onerror=alert(1)>', kind: 'direct' },
    index: indexStory(fixtureStory()),
    language: 'en',
  });
  expect(container.querySelector('img')).toBeNull();
  expect(screen.getByText('“<img src=x onerror=alert(1)>”')).toBeInTheDocument();
});
