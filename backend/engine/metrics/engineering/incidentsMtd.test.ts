import { incident, request, utc, values } from '../../testing/fixtures';
import { incidentsMtd } from './incidentsMtd';

const incidents = [
  incident('i0', utc(2026, 0, 20)), // January: never in a February/March count
  incident('i1', utc(2026, 1, 27, 10)),
  incident('i2', utc(2026, 1, 28, 23, 30)), // 28 Feb in UTC, 1 Mar 00:30 in Berlin
  incident('i3', utc(2026, 2, 1, 10)),
];

describe('incidentsMtd', () => {
  it.each([
    // as of each UTC day end: 27 Feb → i1; 28 Feb → i1, i2; 1 Mar → i3 (new month)
    ['UTC days', 'UTC', utc(2026, 1, 27), utc(2026, 2, 2), [1, 2, 1]],
    // Berlin days end 27 Feb 23:00Z, 28 Feb 23:00Z, 1 Mar 23:00Z; i2 belongs to March locally
    ['Berlin days', 'Europe/Berlin', utc(2026, 1, 26, 23), utc(2026, 2, 1, 23), [1, 1, 2]],
  ])('%s', (_case, timezone, from, to, expected) => {
    expect(values(incidentsMtd({ incidents }, request({ bucket: 'day', timezone, from, to })))).toEqual(expected);
  });

  it('period: month to date as of request.to', () => {
    expect(
      values(incidentsMtd({ incidents }, request({ bucket: 'period', from: utc(2026, 1, 1), to: utc(2026, 2, 2) })))
    ).toEqual([1]);
  });

  it('no incidents → 0', () => {
    expect(values(incidentsMtd({ incidents: [] }, request({ bucket: 'period' })))).toEqual([0]);
  });
});
