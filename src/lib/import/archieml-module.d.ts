/** The one function of `archieml` 0.5.0 we use; the package ships no types. */
declare module 'archieml' {
  /** Parses ArchieML text into plain objects, arrays and strings. */
  export function load(input: string, options?: { comments?: boolean }): Record<string, unknown>;
  const archieml: { load: typeof load };
  export default archieml;
}
