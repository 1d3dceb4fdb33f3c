import { createContext } from 'svelte';
import { en, type Messages } from '../locales/en';

const [getContextMessages, setMessages, hasMessages] = createContext<Messages>();

export { setMessages };

/** The interface strings for the story's language; English when no root has provided any. */
export function getMessages(): Messages {
  return hasMessages() ? getContextMessages() : en;
}
