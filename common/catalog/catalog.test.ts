import { CATALOG, getCatalogEntry } from '.';
import type { TierBands } from './types';

const UNITS = new Set([
  'short',
  'none',
  'percent',
  'percentunit',
  'ms',
  's',
  'm',
  'h',
  'd',
  'dtdurations',
  'dtdurationms',
  'currencyUSD',
  'currencyEUR',
]);
const MIN_TEXT_CHARS = 40;

describe('catalog', () => {
  it('ids are unique snake_case', () => {
    const ids = CATALOG.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-z0-9_]*$/.test(id))).toEqual([]);
  });

  it('every entry has all five texts written out, a Grafana unit, a formula and an owner', () => {
    const problems = CATALOG.flatMap((e) => [
      ...Object.entries(e.texts)
        .filter(([, text]) => text.trim().length < MIN_TEXT_CHARS)
        .map(([k]) => `${e.id}: texts.${k} too short`),
      ...(UNITS.has(e.unit) ? [] : [`${e.id}: unknown unit ${e.unit}`]),
      ...(e.formula && e.owner && e.title ? [] : [`${e.id}: formula/owner/title missing`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('tier bands are monotone in the direction of the metric', () => {
    const monotone = (b: TierBands, lower: boolean) =>
      lower ? b.elite <= b.high && b.high <= b.medium : b.elite >= b.high && b.high >= b.medium;
    const broken = CATALOG.flatMap((e) =>
      Object.entries(e.tiers ?? {})
        .filter(([, bands]) => !monotone(bands, e.direction === 'lower_is_better'))
        .map(([preset]) => `${e.id} ${preset}`)
    );
    expect(broken).toEqual([]);
  });

  it.each([
    ['dora_change_fail_rate', '2024', { elite: 0.05, high: 0.1, medium: 0.2 }],
    ['dora_recovery_time', '2024', { elite: 1, high: 24, medium: 24 }],
    ['dora_lead_time_median', '2023', { elite: 24, high: 168, medium: 720 }],
  ] as const)('%s %s bands', (id, preset, expected) => {
    expect(getCatalogEntry(id)?.tiers?.[preset]).toMatchObject(expected);
  });

  it('rework rate has no tiers; DORA texts name the definition', () => {
    expect(getCatalogEntry('dora_rework_rate')?.tiers).toBeUndefined();
    const dora = CATALOG.filter((e) => e.family === 'dora');
    expect(dora.length).toBe(7);
    expect(dora.every((e) => e.texts.definition.includes('dora.dev'))).toBe(true);
  });

  it('getCatalogEntry returns undefined for unknown ids', () => {
    expect(getCatalogEntry('nope')).toBeUndefined();
  });
});
