import { normalizeLink } from './normalizeLink';
import { normalizeTitle } from './normalizeTitle';

describe('normalizeTitle', () => {
  it.each([
    ['[PRD] Checkout — Apple Pay!', 'checkout apple pay'],
    ['FSD: Café  Menü', 'cafe menu'],
    ['prd-search', 'search'],
    ['Product roadmap', 'product roadmap'],
    ['PRDs overview', 'prds overview'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeTitle(input)).toBe(expected);
  });
});

describe('normalizeLink', () => {
  it.each([
    ['https://www.notion.so/Checkout-abc?pvs=4', 'notion.so/checkout-abc'],
    ['notion.so/checkout-abc/', 'notion.so/checkout-abc'],
    ['  ', undefined],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(normalizeLink(input)).toBe(expected);
  });
});
