import { createSources } from '../createSources';
import { ManualSource } from './manualSource';
import { toManualValues } from './toManualValues';

describe('toManualValues', () => {
  it.each([
    ['UTC', '2026-11-01', Date.UTC(2026, 10, 1)],
    ['Europe/Berlin', '2026-11-01', Date.UTC(2026, 9, 31, 23)],
    ['Europe/Berlin', '2026-07-01', Date.UTC(2026, 5, 30, 22)],
    ['America/New_York', '2026-03-08', Date.UTC(2026, 2, 8, 5)],
  ])('%s %s → start of that day', (timeZone, date, at) => {
    expect(toManualValues([{ metricId: 'developer_satisfaction', date, value: 4.2 }], timeZone)[0].at).toBe(at);
  });

  it("labels every value source 'manual' and keeps metric, value and team", () => {
    expect(
      toManualValues(
        [{ metricId: 'developer_satisfaction', date: '2026-11-01', value: 4.2, team: ' payments ' }],
        'UTC'
      )
    ).toEqual([
      {
        id: 'manual:developer_satisfaction:2026-11-01:payments:0',
        source: 'manual',
        metricId: 'developer_satisfaction',
        at: Date.UTC(2026, 10, 1),
        value: 4.2,
        team: 'payments',
      },
    ]);
  });

  it('skips invalid dates; does not mutate its input', () => {
    const input = [
      { metricId: 'm', date: '2026-13-01', value: 1 },
      { metricId: 'm', date: '1 Nov 2026', value: 2 },
      { metricId: 'm', date: '2026-11-02', value: 3 },
    ];
    const copy = JSON.parse(JSON.stringify(input));
    expect(toManualValues(input, 'UTC').map((v) => v.value)).toEqual([3]);
    expect(input).toEqual(copy);
  });
});

describe('ManualSource', () => {
  it('provides manualValues, with a warning for skipped values', async () => {
    const source = new ManualSource(
      [
        { metricId: 'm', date: '2026-11-01', value: 1 },
        { metricId: 'm', date: 'bad', value: 2 },
      ],
      'Europe/Berlin'
    );
    const { records, notices } = await source.fetch(undefined, ['manualValues']);
    expect(records.manualValues?.map((v) => v.source)).toEqual(['manual']);
    expect(notices[0].text).toMatch(/1 manual value\(s\) have an invalid date/);
    expect((await source.checkHealth()).status).toBe('error');
  });

  it('an unknown time zone is reported by checkHealth and dates fall back to UTC', async () => {
    const source = new ManualSource([{ metricId: 'm', date: '2026-11-01', value: 1 }], 'Mars/Olympus');
    expect((await source.fetch(undefined, ['manualValues'])).records.manualValues?.[0].at).toBe(Date.UTC(2026, 10, 1));
    expect(await source.checkHealth()).toEqual({
      status: 'error',
      message: 'Manual values: unknown time zone "Mars/Olympus"; dates are read in UTC until it is fixed.',
    });
  });

  it('createSources switches it on when manual values are configured, and only then', () => {
    const names = (manualValues?: Array<{ metricId: string; date: string; value: number }>) =>
      createSources({ jsonData: { demo: { enabled: false }, manualValues }, secrets: {} }).map((s) => s.name);
    expect(names([{ metricId: 'm', date: '2026-11-01', value: 1 }])).toEqual(['manual']);
    expect(names([])).toEqual([]);
    expect(names()).toEqual([]);
  });
});
