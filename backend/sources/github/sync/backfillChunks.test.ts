import { backfillChunks } from './backfillChunks';

const DAY = 86_400_000;
const START = Date.UTC(2026, 4, 30, 12);
const at = (days: number) => START + days * DAY;

describe('backfillChunks', () => {
  it.each([
    ['a fresh 180-day backfill: six chunks of 30 days', START, at(180), [[0, 30], [30, 60], [60, 90], [90, 120], [120, 150], [150, 180]]],
    ['a remainder shorter than 30 days is a chunk of its own', START, at(65), [[0, 30], [30, 60], [60, 65]]],
    ['resumed at a saved chunk start, later than planned: the grid stays', at(60), at(95), [[60, 90], [90, 95]]],
    ['nothing left to copy: one empty last chunk', at(30), at(30), [[30, 30]]],
  ])('%s', (_case, next, end, want) => {
    const chunks = backfillChunks(START, next, end);
    expect(chunks.map((c) => [(c.from - START) / DAY, (c.to - START) / DAY])).toEqual(want);
    expect(chunks.map((c) => c.last)).toEqual(want.map((_, i) => i === want.length - 1));
  });
});
