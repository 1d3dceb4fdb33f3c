import { mount } from 'svelte';
import App from './App.svelte';
import StoryErrors from './components/StoryErrors.svelte';
import { readEmbeddedStory } from './lib/embedded-story';
import './styles.css';

const target = document.getElementById('app');
if (target) {
  const result = readEmbeddedStory(document);
  if (result.ok) {
    mount(App, { target, props: { story: result.story, initialHash: location.hash } });
  } else {
    mount(StoryErrors, { target, props: { errors: result.errors } });
  }
}
