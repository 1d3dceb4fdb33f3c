/**
 * Invisible characters that change how text is shown or matched without being seen: bidirectional
 * controls and zero-width characters.
 *
 * Severity, per character:
 * - `error`: the embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can reorder
 *   everything that follows them, so a quote or name can display as something other than what it
 *   says ("Trojan Source"). The page already isolates each text's direction, so a story never
 *   needs them. U+FEFF inside text is always a copy-and-paste leftover of a byte-order mark.
 * - `warning`: the directional marks (U+200E, U+200F, U+061C) are how right-to-left writers place
 *   punctuation and numbers; zero-width (non-)joiners (U+200C, U+200D) are required spelling in
 *   Persian, Hindi and other scripts and inside emoji; U+200B and U+2060 mark word and line
 *   breaks in Thai, Khmer and similar scripts. They can be right, so they are flagged for a look,
 *   not refused.
 */

export type HazardSeverity = 'error' | 'warning';

export interface TextHazard {
  /** The code point, such as 0x202e. */
  codePoint: number;
  /** `U+202E (right-to-left override)`. */
  label: string;
  /** 1-based position of the character, counted in code points. */
  character: number;
  severity: HazardSeverity;
}

const HAZARDS = new Map<number, [name: string, severity: HazardSeverity]>([
  [0x061c, ['Arabic letter mark', 'warning']],
  [0x200b, ['zero-width space', 'warning']],
  [0x200c, ['zero-width non-joiner', 'warning']],
  [0x200d, ['zero-width joiner', 'warning']],
  [0x200e, ['left-to-right mark', 'warning']],
  [0x200f, ['right-to-left mark', 'warning']],
  [0x202a, ['left-to-right embedding', 'error']],
  [0x202b, ['right-to-left embedding', 'error']],
  [0x202c, ['pop directional formatting', 'error']],
  [0x202d, ['left-to-right override', 'error']],
  [0x202e, ['right-to-left override', 'error']],
  [0x2060, ['word joiner', 'warning']],
  [0x2066, ['left-to-right isolate', 'error']],
  [0x2067, ['right-to-left isolate', 'error']],
  [0x2068, ['first strong isolate', 'error']],
  [0x2069, ['pop directional isolate', 'error']],
  [0xfeff, ['zero-width no-break space (byte-order mark)', 'error']],
]);

const ANY_HAZARD = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/u;

/** Every hazardous character in `text`, in order. Fast for the common case of none. */
export function findTextHazards(text: string): TextHazard[] {
  if (!ANY_HAZARD.test(text)) return [];
  const found: TextHazard[] = [];
  let character = 0;
  for (const char of text) {
    character++;
    const codePoint = char.codePointAt(0)!;
    const hazard = HAZARDS.get(codePoint);
    if (hazard === undefined) continue;
    const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
    found.push({ codePoint, label: `U+${hex} (${hazard[0]})`, character, severity: hazard[1] });
  }
  return found;
}
