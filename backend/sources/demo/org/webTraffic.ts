/** GA4-like daily rows per device × channel with weekly seasonality, a growth trend and noise. */
import type { WebTrafficRow } from '../../../../common/records';
import { logNormal, type Rng } from './prng';
import { DAY_MS, isWeekend, startOfUtcDay } from './time';
import type { OrgContext } from './types';

const DEVICES: Array<{ device: string; share: number; pagesPerSession: number; durationS: number }> = [
  { device: 'desktop', share: 0.55, pagesPerSession: 3.2, durationS: 150 },
  { device: 'mobile', share: 0.38, pagesPerSession: 2.1, durationS: 95 },
  { device: 'tablet', share: 0.07, pagesPerSession: 2.6, durationS: 120 },
];
const CHANNELS: Array<[string, number]> = [['organic', 0.45], ['direct', 0.25], ['paid', 0.15], ['referral', 0.1], ['email', 0.05]];
const BASE_SESSIONS_PER_DAY = 1200;

/** One row per complete day (date ≤ now) × device × channel. */
export function makeWebTraffic(rng: Rng, ctx: OrgContext): WebTrafficRow[] {
  const rows: WebTrafficRow[] = [];
  const first = startOfUtcDay(ctx.start);
  const days = Math.floor((ctx.now - first) / DAY_MS);
  for (let i = 0; i < days; i++) {
    const date = first + i * DAY_MS;
    const level = BASE_SESSIONS_PER_DAY * (1 + (0.6 * i) / days) * (isWeekend(date) ? 0.6 : 1);
    for (const d of DEVICES) {
      for (const [channel, share] of CHANNELS) {
        const sessions = Math.round(level * d.share * share * logNormal(rng, 1, 0.15));
        rows.push({
          id: `demo:ga4:${date}:${d.device}:${channel}`,
          source: 'demo',
          date,
          device: d.device,
          channel,
          sessions,
          users: Math.round(sessions * 0.8),
          pageviews: Math.round(sessions * d.pagesPerSession * logNormal(rng, 1, 0.1)),
          avgSessionDuration: sessions === 0 ? 0 : Math.round(d.durationS * logNormal(rng, 1, 0.15)),
          engagedSessions: Math.round(sessions * 0.6),
        });
      }
    }
  }
  return rows;
}
