/**
 * A title reduced for matching: lower case, accents removed, a leading "PRD"/"FSD" tag dropped, punctuation
 * turned into spaces, whitespace collapsed.
 *
 * @example normalizeTitle('[PRD] Checkout — Apple Pay!') // 'checkout apple pay'
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^\s*[[(]?\s*(prd|fsd)(?![a-z0-9])\s*[\])]?\s*[:\-–—]?\s*/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
