import { createContext } from 'svelte';
import { en, type Messages } from '../locales/en';

const [getContextMessages, setMessages, hasMessages] = createContext<Messages>();

/**
 * The root provides the strings once, for the resolved language, after `loadMessages` has
 * loaded them: `setMessages(messagesFor(resolveLanguage(story.language, location.search)))`.
 */
export { setMessages };
export { loadMessages, messagesFor, resolveLanguage } from './i18n';
export type { Messages };

/** The interface strings for the story's language; English when no root has provided any. */
export function getMessages(): Messages {
  return hasMessages() ? getContextMessages() : en;
}
