import type { Stance } from './types';

/** The stance scale a story gets when its file has no `stances` array, in display order. */
export const DEFAULT_STANCES: Stance[] = [
  {
    id: 'supports',
    label: 'Supports',
    description: 'Has said it backs the proposal as it stands.',
    ordinal: true,
  },
  {
    id: 'conditional',
    label: 'Open, with conditions',
    description: 'Would accept the proposal if certain conditions are met.',
    ordinal: true,
  },
  {
    id: 'unclear',
    label: 'Unclear or mixed',
    description: 'Has not taken a clear public position, or has said contradictory things.',
    ordinal: false,
  },
  {
    id: 'opposes',
    label: 'Opposes',
    description: 'Has said it rejects the proposal.',
    ordinal: true,
  },
];
