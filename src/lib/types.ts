/**
 * The story format, version 1. `StoryInput` is what an editor writes; `Story` is what
 * `validateStory` returns once every reference has been checked and defaults applied.
 * See data/README.md for the field-by-field reference.
 */

export type EvidenceKind = 'direct' | 'reported' | 'paraphrase';
export type Confidence = 'high' | 'medium' | 'low';

/** One value of the stance scale. `ordinal: false` marks values off the scale, such as "unclear". */
export interface Stance {
  id: string;
  label: string;
  description?: string;
  ordinal: boolean;
}

export interface Actor {
  id: string;
  name: string;
  /** Shown in column headers on narrow screens, e.g. "Zelenskyy"; the full name stays available. */
  shortName?: string;
  role?: string;
  group?: string;
}

export interface Issue {
  id: string;
  label: string;
  question?: string;
  group?: string;
}

export interface Source {
  id: string;
  outlet: string;
  title?: string;
  /** Always an http: or https: URL once validated. */
  url?: string;
  /** ISO date, YYYY-MM-DD. */
  published?: string;
}

export interface Evidence {
  text: string;
  kind: EvidenceKind;
  /** Actor id of whoever spoke these words. */
  speaker?: string;
  /** Source id. */
  source?: string;
  /** ISO date the words were said. */
  said?: string;
}

export interface Position {
  actor: string;
  issue: string;
  stance: string;
  /** ISO date from which this position holds. */
  asOf: string;
  summary: string;
  confidence?: Confidence;
  evidence: Evidence[];
}

export interface Story {
  schemaVersion: 1;
  id: string;
  title: string;
  description?: string;
  /** ISO date. */
  updated: string;
  /** BCP 47 tag; `en` when the file leaves it out. */
  language: string;
  stances: Stance[];
  actors: Actor[];
  issues: Issue[];
  sources: Source[];
  positions: Position[];
}

/** One problem found in a story file: a JSON path such as `positions[3].actor` and a message. */
export interface ValidationError {
  path: string;
  message: string;
}

export type ValidationResult =
  { ok: true; story: Story } | { ok: false; errors: ValidationError[] };
