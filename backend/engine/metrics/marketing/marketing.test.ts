import type { EmailStatsRow, WebTrafficRow } from '../../../../common/records';
import { D, T0, request, values } from '../flow/_lib/testFixtures';
import { emailClickRate, emailOpenRate } from './email';
import type { GroupByKey } from '../../../../common/query';
import { dimensionOf } from '../../lib/dimensionOf';
import { webAvgSessionDuration, webPageviews, webPagesPerSession, webSessions, webUsers } from './web';

const row = (
  id: string,
  date: number,
  device: string,
  sessions: number,
  pageviews: number,
  duration: number
): WebTrafficRow => ({
  id,
  source: 'ga4',
  date,
  device,
  channel: 'organic',
  sessions,
  users: sessions - 1,
  pageviews,
  avgSessionDuration: duration,
});
// Week 1: desktop 10 sessions × 100 s, mobile 30 × 20 s. Week 2: a day with 0 sessions.
const webTraffic = [
  row('w1', T0, 'desktop', 10, 40, 100),
  row('w2', T0 + D, 'mobile', 30, 60, 20),
  row('w3', T0 + 8 * D, 'tablet', 0, 0, 0),
];

describe('web metrics (hand-computed)', () => {
  it.each([
    ['sessions', webSessions, [40, 0]],
    ['users', webUsers, [38, -1]],
    ['pageviews', webPageviews, [100, 0]],
    // (10·100 + 30·20) / 40 = 40 s, not the plain mean 60 s; 0 sessions → null.
    ['avg session duration is session-weighted', webAvgSessionDuration, [40, null]],
    ['pages per session', webPagesPerSession, [2.5, null]],
  ])('%s', (_name, computer, expected) => {
    expect(values(computer({ webTraffic }, request()))).toEqual(expected);
  });

  it('empty bucket: sums 0, ratios null', () => {
    expect(values(webSessions({ webTraffic: [] }, request()))).toEqual([0, 0]);
    expect(values(webPagesPerSession({ webTraffic: [] }, request()))).toEqual([null, null]);
  });

  it('groups rows by device', () => {
    const result = webSessions({ webTraffic }, request({ groupBy: 'device' as never }));
    expect(result.series.map((s) => [s.labels, s.points.map((p) => p.value)])).toEqual([
      [{ device: 'desktop' }, [10, 0]],
      [{ device: 'mobile' }, [30, 0]],
      [{ device: 'tablet' }, [0, 0]],
    ]);
  });
});

describe('email metrics', () => {
  const email = (
    id: string,
    date: number,
    sent: number,
    delivered: number,
    opens: number,
    clicks: number
  ): EmailStatsRow => ({
    id,
    source: 'hubspot',
    date,
    emailId: 'e1',
    campaign: 'newsletter',
    sent,
    delivered,
    opens,
    clicks,
  });
  // Send day: 1000 sent, 800 delivered, 200 opens, 40 clicks; next day 0 delivered, 40 more opens.
  // Week 2: only a late-open day with 0 delivered.
  const emailStats = [
    email('e1', T0, 1000, 800, 200, 40),
    email('e2', T0 + D, 0, 0, 40, 8),
    email('e3', T0 + 8 * D, 0, 0, 5, 1),
  ];
  it.each([
    ['open rate / delivered (default)', emailOpenRate, {}, [0.3, null]],
    ['open rate / sent', emailOpenRate, { openRateDenominator: 'sent' as const }, [0.24, null]],
    ['click rate / delivered', emailClickRate, {}, [0.06, null]],
  ])('%s', (_name, computer, options, expected) => {
    const req = request();
    expect(values(computer({ emailStats }, { ...req, options: { ...req.options, ...options } }))).toEqual(expected);
  });
  it('a day bucket with 0 delivered is null, never a division by zero', () => {
    const daily = values(emailOpenRate({ emailStats }, request({ bucket: 'day', to: T0 + 2 * D })));
    expect(daily).toEqual([0.25, null]);
  });
});

describe('dimensionOf on marketing rows', () => {
  it.each([
    [{ device: 'mobile' }, 'device', 'mobile'],
    [{ campaign: '' }, 'campaign', undefined],
    [{ team: 'growth' }, 'team', 'growth'],
    [{ device: 'mobile' }, 'none', undefined],
  ])('%j by %s → %s', (row, key, expected) => {
    expect(dimensionOf(row, key as GroupByKey)).toBe(expected);
  });
});
