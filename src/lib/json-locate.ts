/**
 * Maps the validator's JSON paths (`positions[3].evidence[0].kind`) back to a line and column in
 * the file text, and finds the line and column of a JSON syntax error, for command-line output
 * that editors and terminals can jump to. Node-side only: it pulls in jsonc-parser.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type PathSegment = string | number;

/** A 1-based line and column; the column counts UTF-16 code units, as editors do. */
export interface TextPosition {
  line: number;
  column: number;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*/;

/**
 * Splits a validator path into keys and indexes: `actors[1]["bad key"]` → `['actors', 1,
 * 'bad key']`, `(root)` → `[]`. Returns undefined for a string that is not such a path.
 */
export function parsePath(path: string): PathSegment[] | undefined {
  if (path === '(root)') return [];
  if (path === '') return undefined;
  const segments: PathSegment[] = [];
  let rest = path;
  let first = true;
  while (rest !== '') {
    if (rest.startsWith('[')) {
      const index = /^\[(0|[1-9]\d*)\]/.exec(rest);
      if (index) {
        segments.push(Number(index[1]));
        rest = rest.slice(index[0].length);
      } else {
        const key = quotedKey(rest);
        if (key === undefined) return undefined;
        segments.push(key.value);
        rest = rest.slice(key.length);
      }
    } else {
      const dotted = first ? rest : rest.startsWith('.') ? rest.slice(1) : undefined;
      const name = dotted === undefined ? null : IDENTIFIER.exec(dotted);
      if (!name) return undefined;
      segments.push(name[0]);
      rest = dotted!.slice(name[0].length);
    }
    first = false;
  }
  return segments;
}

/** Reads `["…"]` at the start of `text`: the key and how many characters it took. */
function quotedKey(text: string): { value: string; length: number } | undefined {
  if (!text.startsWith('["')) return undefined;
  for (let end = 2; end < text.length; end++) {
    if (text[end] === '\\') end++;
    else if (text[end] === '"') {
      if (text[end + 1] !== ']') return undefined;
      try {
        return { value: JSON.parse(text.slice(1, end + 1)) as string, length: end + 2 };
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Line and column of a 0-based offset in `text`. */
export function textPosition(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lineStart + 1 };
}

/** The offset (0-based) of the first `[` or `{` nested deeper than `maxDepth`, if any. */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return undefined;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a field name in double quotes (or a stray comma before "}")',
  ValueExpected: 'expected a value (or a stray comma before "]")',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unfinished number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character in a string (write it as an escape such as \\n)',
};

/** A parsed JSON text with its syntax tree, for turning paths into line and column. */
export class JsonDocument {
  /** The parsed value (as `JSON.parse` reads it), when the text is valid JSON. */
  readonly value: unknown;
  /** Where and why the text is not valid JSON, if it is not. */
  readonly syntaxError: { offset: number; message: string } | undefined;
  private readonly lineStarts: number[] = [0];
  private tree: Node | undefined | null = null;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++)
      if (text.charCodeAt(i) === 0x0a) this.lineStarts.push(i + 1);
    let value: unknown;
    let syntaxError: JsonDocument['syntaxError'];
    try {
      value = JSON.parse(text);
    } catch (error) {
      syntaxError = this.describeSyntaxError(String((error as Error).message));
    }
    this.value = value;
    this.syntaxError = syntaxError;
  }

  /** Line and column of a 0-based offset. */
  position(offset: number): TextPosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  /**
   * Where a validator path points: the value it names; or, for `at: 'key'`, the field name; or,
   * when the path does not exist (a missing field), the deepest object or array on the way there.
   * A field given twice counts as its last occurrence, as in `JSON.parse`.
   */
  locate(path: string, at: 'value' | 'key' = 'value'): TextPosition {
    const root = this.syntaxTree();
    const segments = parsePath(path);
    if (root === undefined || segments === undefined) return { line: 1, column: 1 };
    let node = root;
    let key: Node | undefined;
    for (const segment of segments) {
      const next = child(node, segment);
      if (next === undefined) return this.position(node.offset);
      [node, key] = next;
    }
    return this.position(at === 'key' && key ? key.offset : node.offset);
  }

  private syntaxTree(): Node | undefined {
    if (this.tree === null) this.tree = this.syntaxError ? undefined : parseTree(this.text);
    return this.tree;
  }

  private describeSyntaxError(fallback: string): { offset: number; message: string } {
    const errors: ParseError[] = [];
    parseTree(this.text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first !== undefined) {
      const code = printParseErrorCode(first.error);
      return { offset: first.offset, message: `not valid JSON: ${SYNTAX_MESSAGES[code] ?? code}` };
    }
    // jsonc-parser accepted what JSON.parse refused: fall back on the engine's own message.
    const at = /at position (\d+)/.exec(fallback);
    return { offset: at ? Number(at[1]) : 0, message: `not valid JSON: ${fallback}` };
  }
}

/** The child of an object or array node, with its key node for a field. */
function child(node: Node, segment: PathSegment): [Node, Node | undefined] | undefined {
  if (node.type === 'array' && typeof segment === 'number') {
    const item = node.children?.[segment];
    return item === undefined ? undefined : [item, undefined];
  }
  if (node.type !== 'object' || typeof segment !== 'string') return undefined;
  let found: [Node, Node | undefined] | undefined;
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.value === segment && value !== undefined) found = [value, key];
  }
  return found;
}
