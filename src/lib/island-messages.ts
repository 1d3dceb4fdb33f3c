import { createContext } from 'svelte';
import { en, type AllMessages } from '../locales/en';
import { enIslands } from '../locales/en-islands';
import { messagesFor, setMessages } from './messages';

const [getContextMessages, setContextMessages, hasMessages] = createContext<AllMessages>();

/**
 * For an island's root (`islands.ts`): provides every interface string for `language`, the
 * dashboard's too, to the components in it. English's island strings come with the islands'
 * code, in this module; any other language's locale file has them all.
 */
export function setIslandMessages(language: string): AllMessages {
  const messages = { ...enIslands, ...messagesFor(language) };
  setMessages(messages);
  return setContextMessages(messages);
}

/** The interface strings an island's component shows; English when no root has provided any. */
export function getIslandMessages(): AllMessages {
  return hasMessages() ? getContextMessages() : { ...en, ...enIslands };
}
