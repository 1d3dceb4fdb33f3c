/**
 * The story's positions as a CSV table for readers: one row per piece of evidence, in the
 * matrix's order (issue rows, then actor columns, each cell's history newest first). A position
 * with no evidence still gets one row, with the evidence columns empty.
 *
 * Written by hand on purpose: writing CSV is a few lines, and it keeps the CSV parser out of the
 * page's bundle. Cells follow RFC 4180 (quoted when they hold a comma, quote or line break,
 * quotes doubled, CRLF between rows); a cell that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading `'`.
 */
import { buildMatrix } from './matrix';
import type { Evidence, Position, Story } from './types';

export const EXPORT_COLUMNS = [
  'actor_id',
  'actor',
  'issue_id',
  'issue',
  'stance',
  'as_of',
  'latest',
  'summary',
  'confidence',
  'kind',
  'quote',
  'speaker',
  'outlet',
  'source_title',
  'url',
  'said',
] as const;

/** One cell, quoted and defused for spreadsheets. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One line per row, CRLF-separated, with a trailing CRLF. */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** The story's positions and evidence as CSV text (header first). Does not modify `story`. */
export function storyToCsv(story: Story): string {
  const actors = new Map(story.actors.map((actor) => [actor.id, actor]));
  const stances = new Map(story.stances.map((stance) => [stance.id, stance]));
  const sources = new Map(story.sources.map((source) => [source.id, source]));
  const rows: string[][] = [[...EXPORT_COLUMNS]];
  const row = (position: Position, latest: boolean, evidence: Evidence | undefined) => {
    const source = evidence?.source === undefined ? undefined : sources.get(evidence.source);
    const speaker = evidence?.speaker === undefined ? undefined : actors.get(evidence.speaker);
    return [
      position.actor,
      actors.get(position.actor)?.name ?? position.actor,
      position.issue,
      story.issues.find((issue) => issue.id === position.issue)?.label ?? position.issue,
      stances.get(position.stance)?.label ?? position.stance,
      position.asOf,
      latest ? 'yes' : 'no',
      position.summary,
      position.confidence ?? '',
      evidence?.kind ?? '',
      evidence?.text ?? '',
      speaker?.name ?? evidence?.speaker ?? '',
      source?.outlet ?? '',
      source?.title ?? '',
      source?.url ?? '',
      evidence?.said ?? '',
    ];
  };
  for (const cells of buildMatrix(story).cells) {
    for (const cell of cells) {
      for (const position of cell.history) {
        const latest = position === cell.position;
        if (position.evidence.length === 0) rows.push(row(position, latest, undefined));
        for (const evidence of position.evidence) rows.push(row(position, latest, evidence));
      }
    }
  }
  return csvTable(rows);
}
