import type { ProductEventRow } from '../../../../common/records';
import { D, T0, request, values } from '../flow/_lib/testFixtures';
import { PRODUCT_COMPUTERS } from './index';

const ev = (id: string, at: number, durationS: number, completed: boolean | undefined, category?: string): ProductEventRow => ({
  id, source: 'demo', at, name: 'document_created', durationMs: durationS * 1000, completed, category,
});
// Week 1 completed durations 10, 20, 30, 40, 50 s (+ one abandoned 999 s and one other event).
const productEvents = [
  ...[10, 20, 30, 40, 50].map((s, i) => ev(`e${i}`, T0 + i * 3_600_000, s, true, i < 2 ? 'mobile' : 'desktop')),
  ev('abandoned', T0, 999, false, 'mobile'),
  { id: 'other', source: 'demo' as const, at: T0, name: 'page_viewed', durationMs: 5 },
];

describe('product metrics', () => {
  it.each([
    // P80 of [10..50]: h = 4 · 0.8 = 3.2 → 40 + 0.2 · 10 = 42 s.
    ['product_document_creation_p80', [42, null]],
    ['product_document_completion_rate', [5 / 6, null]],
    ['product_mobile_share', [3 / 6, null]],
  ])('%s', (id, expected) => {
    const result = PRODUCT_COMPUTERS[id]({ productEvents }, request());
    expect(values(result).map((v) => (v === null ? null : Number(v.toFixed(10))))).toEqual(expected.map((v) => (v === null ? null : Number(v.toFixed(10)))));
  });

  it('reports P80 in seconds', () => {
    expect(PRODUCT_COMPUTERS.product_document_creation_p80({ productEvents }, request()).unit).toBe('s');
  });

  it('one event: P80 is its duration', () => {
    expect(values(PRODUCT_COMPUTERS.product_document_creation_p80({ productEvents: [ev('x', T0 + D, 7, true)] }, request()))).toEqual([7, null]);
  });
});
