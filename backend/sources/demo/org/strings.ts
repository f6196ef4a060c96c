/**
 * Builds a flat string. Template literals and `+` make V8 rope (cons) strings that cost several times the
 * memory of the text; at 100k+ records the generator keeps ids, titles and SHAs flat instead.
 */
export function flat(...parts: Array<string | number>): string {
  return parts.join('');
}
