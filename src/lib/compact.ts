/**
 * A copy of an object with only its defined properties, so a field that is absent stays absent
 * (in JSON, and for `'field' in object`) rather than present and undefined.
 */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
