/** A cell coordinate in the matrix: `row` is the issue index, `column` the actor index. */
export interface GridPoint {
  row: number;
  column: number;
}

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Where focus goes for a key press in a WAI-ARIA grid of `rows` × `columns`, or undefined when
 * the key does not move focus. Moves stop at the edges rather than wrapping, as the grid
 * pattern recommends.
 */
export function nextGridPoint(
  from: GridPoint,
  { key, ctrlKey = false, metaKey = false }: GridKey,
  rows: number,
  columns: number,
): GridPoint | undefined {
  const lastRow = rows - 1;
  const lastColumn = columns - 1;
  const corner = ctrlKey || metaKey;
  const clamp = (point: GridPoint): GridPoint => ({
    row: Math.max(0, Math.min(lastRow, point.row)),
    column: Math.max(0, Math.min(lastColumn, point.column)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp({ row: from.row - 1, column: from.column });
    case 'ArrowDown':
      return clamp({ row: from.row + 1, column: from.column });
    case 'ArrowLeft':
      return clamp({ row: from.row, column: from.column - 1 });
    case 'ArrowRight':
      return clamp({ row: from.row, column: from.column + 1 });
    case 'Home':
      return corner ? { row: 0, column: 0 } : { row: from.row, column: 0 };
    case 'End':
      return corner ? { row: lastRow, column: lastColumn } : { row: from.row, column: lastColumn };
    default:
      return undefined;
  }
}
