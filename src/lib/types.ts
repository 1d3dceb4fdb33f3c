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
  /** A fill of the story's own, `#rrggbb`; the default palette is used when absent. */
  color?: string;
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

/**
 * What a page needs of a piece of evidence before anyone opens its cell: its kind (for the
 * cell's certainty), who said it, where and when. A large story's page carries only this; the
 * words (`EvidenceWords`) come in one file per issue when a cell is opened (`quote-chunks.ts`).
 */
export interface EvidenceOutline {
  kind: EvidenceKind;
  /** Actor id of whoever spoke these words. */
  speaker?: string;
  /** Source id. */
  source?: string;
  /** ISO date the words were said. */
  said?: string;
}

/** The words of a piece of evidence. */
export interface EvidenceWords {
  text: string;
  /** The words as originally said when `text` is the newsroom's translation. */
  original?: string;
  /** BCP 47 tag of `original`; required with it. */
  originalLanguage?: string;
}

export interface Evidence extends EvidenceOutline, EvidenceWords {}

/**
 * One dated position of an actor on an issue. `E` is `Evidence` in a story as validated, and
 * `EvidenceOutline` in the outline of a large story, whose words are fetched per issue.
 */
export interface Position<E extends EvidenceOutline = Evidence> {
  actor: string;
  issue: string;
  stance: string;
  /** ISO date from which this position holds. */
  asOf: string;
  summary: string;
  confidence?: Confidence;
  evidence: E[];
}

/** A position whose evidence may lack its words: what the grid and every count need. */
export type PositionOutline = Position<EvidenceOutline>;

/** A published correction, dated; `actor` and `issue` pin it to one cell when given. */
export interface Correction {
  date: string;
  text: string;
  actor?: string;
  issue?: string;
}

/** A story; `E` as in `Position` (`StoryOutline` for code that needs no quote words). */
export interface Story<E extends EvidenceOutline = Evidence> {
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
  positions: Position<E>[];
  /** How stances were coded, in the newsroom's words. */
  methodology?: string;
  corrections: Correction[];
}

/** A story whose evidence may lack its words: all the grid, dates and filters need. */
export type StoryOutline = Story<EvidenceOutline>;

/** One problem found in a story file: a JSON path such as `positions[3].actor` and a message. */
export interface ValidationError {
  path: string;
  message: string;
}

/** Something legal but suspicious (a source nothing cites, a date after `updated`), shaped like an error. */
export type ValidationWarning = ValidationError;

export type ValidationResult =
  | { ok: true; story: Story; warnings: ValidationWarning[] }
  | { ok: false; errors: ValidationError[]; warnings: ValidationWarning[] };
