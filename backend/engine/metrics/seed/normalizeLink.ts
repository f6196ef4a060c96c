/**
 * A URL reduced for matching: trimmed, lower case, without protocol, "www.", query, fragment and trailing slash.
 * Empty input gives undefined.
 *
 * @example normalizeLink('https://www.notion.so/Checkout-abc123?pvs=4') // 'notion.so/checkout-abc123'
 */
export function normalizeLink(link: string | undefined): string | undefined {
  const reduced = (link ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
  return reduced === '' ? undefined : reduced;
}
