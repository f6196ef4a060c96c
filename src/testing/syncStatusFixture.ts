import type { SyncStatusResponse } from '../../common/syncStatus';

const MINUTE_MS = 60_000;

/** A `GET sync` answer covering the interesting states, its instants relative to `now`. */
export function syncStatusFixture(now = Date.now()): SyncStatusResponse {
  const at = (minutes: number) => new Date(now + minutes * MINUTE_MS).toISOString();
  return {
    store: { mode: 'embedded', location: '/var/lib/grafana/teammetrics' },
    sources: [
      {
        source: 'github',
        title: 'GitHub',
        state: 'ok',
        intervalMinutes: 60,
        lastSuccessAt: at(-5),
        lastAttemptAt: at(-5),
        nextRunAt: at(55),
        counts: { changes: 412, reviews: 960, deployments: 88 },
        requestsLastHour: 140,
        budgetPerHour: 1000,
      },
      {
        source: 'asana',
        title: 'Asana',
        state: 'backfilling',
        intervalMinutes: 1440,
        progress: 0.42,
        counts: { workItems: 250 },
        requestsLastHour: 35,
      },
      {
        source: 'hubspot',
        title: 'HubSpot',
        state: 'failed',
        intervalMinutes: 1440,
        lastSuccessAt: at(-3 * 24 * 60),
        lastAttemptAt: at(-10),
        nextRunAt: at(20),
        lastError: 'HubSpot rejected the token (401): check the private app token.',
        counts: { emailStats: 31 },
        requestsLastHour: 2,
      },
    ],
  };
}
