/**
 * Whether a text is JSON by its first character: an object after any byte order mark and
 * white space. Cheap enough for a content sniff, and kept apart from the JSON reader so a
 * format's declaration loads no parser.
 */
export function opensAnObject(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text);
}
