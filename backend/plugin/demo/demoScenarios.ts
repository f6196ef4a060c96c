/**
 * Test scenarios of the built-in demo source: a deterministic daily time series per label set and a
 * table with every column type, plus simulated provider failures. Values depend only on the seed, the
 * label set and the day, so any time range shows the same numbers for the same day.
 */
import { MS_PER_DAY as DAY_MS } from '../../engine/lib/constants';
import { createRng } from '../../sources/demo/org/prng';
import { downstreamError } from '../../protocol/errors';
import type { Frame, FrameNotice } from '../../protocol/frames/frame';
import type { DemoFailure, ParsedQuery } from '../queryModel';

export const MAX_DEMO_SERIES = 20;
export const MAX_DEMO_POINTS = 5_000;
const TEAMS = ['platform', 'payments', 'growth', 'mobile', 'data'];
const REPOS = [
  'api',
  'web',
  'ios',
  'android',
  'billing',
  'ledger',
  'search',
  'ingest',
  'infra',
  'auth',
  'notify',
  'analytics',
];

const teamName = (i: number) => TEAMS[i] ?? `team-${i + 1}`;

function dayValue(seed: number, series: number, day: number): number {
  const rng = createRng((seed * 73_856_093) ^ (series * 19_349_663) ^ (day * 83_492_791));
  const weekly = day % 7 === 2 || day % 7 === 3 ? 0.3 : 1; // 1970-01-01 was a Thursday: days 2,3 are Sat/Sun
  return Math.round((5 + series * 2) * weekly * (0.6 + rng() * 0.8) * 10) / 10;
}

export function demoTimeSeries(query: ParsedQuery, seed: number): Frame[] {
  const notices: FrameNotice[] = [];
  const requested = query.seriesCount ?? 3;
  const seriesCount = Math.min(requested, MAX_DEMO_SERIES);
  if (requested > MAX_DEMO_SERIES) {
    notices.push({
      severity: 'warning',
      text: `seriesCount ${requested} was capped to ${MAX_DEMO_SERIES} series (the demo scenario's maximum).`,
    });
  }
  const firstDay = Math.ceil(query.from / DAY_MS);
  const endDay = Math.ceil(query.to / DAY_MS);
  let days = Math.max(0, endDay - firstDay);
  if (days > MAX_DEMO_POINTS) {
    notices.push({
      severity: 'warning',
      text: `The time range holds ${days} days; only the first ${MAX_DEMO_POINTS} are returned. Narrow the time range.`,
    });
    days = MAX_DEMO_POINTS;
  }
  const times = Array.from({ length: days }, (_, i) => (firstDay + i) * DAY_MS);
  return Array.from({ length: seriesCount }, (_, s): Frame => ({
    name: 'demo',
    meta: {
      type: 'timeseries-multi',
      typeVersion: [0, 1],
      notices: s === 0 && notices.length > 0 ? notices : undefined,
      preferredVisualisationType: 'graph',
    },
    fields: [
      { name: 'time', type: 'time', values: times },
      {
        name: 'value',
        type: 'float64',
        labels: { team: teamName(s) },
        config: { unit: 'short', displayNameFromDS: `Demo ${teamName(s)}` },
        values: times.map((t) => dayValue(seed, s, t / DAY_MS)),
      },
    ],
  }));
}

export function demoTable(query: ParsedQuery, seed: number): Frame[] {
  const rng = createRng(seed);
  const span = query.to - query.from;
  return [
    {
      name: 'demo_table',
      meta: { preferredVisualisationType: 'table' },
      fields: [
        { name: 'repo', type: 'string', values: REPOS.map((r) => `acme/${r}`) },
        { name: 'team', type: 'string', values: REPOS.map((_, i) => teamName(i % TEAMS.length)) },
        {
          name: 'merged_prs',
          type: 'int64',
          config: { unit: 'short' },
          values: REPOS.map(() => Math.floor(rng() * 120)),
        },
        {
          name: 'median_cycle_time_hours',
          type: 'float64',
          config: { unit: 'h', decimals: 1 },
          // One repo has merged nothing: its median is unknown, not zero.
          values: REPOS.map((_, i) => (i === REPOS.length - 1 ? null : Math.round(rng() * 960) / 10)),
        },
        { name: 'last_deploy', type: 'time', values: REPOS.map(() => query.from + Math.floor(rng() * span)) },
        { name: 'healthy', type: 'bool', values: REPOS.map(() => rng() > 0.2) },
      ],
    },
  ];
}

export function demoFailure(kind: DemoFailure, now: number): Error {
  switch (kind) {
    case 'rate_limit': {
      const until = new Date(now + 15 * 60_000).toISOString().slice(11, 16);
      return downstreamError(
        `Demo source (simulated): the provider rate limit is exhausted until ${until} UTC; the query was not retried because that is past its deadline.`,
        429
      );
    }
    case 'timeout':
      return downstreamError(
        'Demo source (simulated): the provider did not answer within 30 s. Try a shorter time range or try again later.',
        504
      );
    case 'unauthorized':
      return downstreamError(
        'Demo source (simulated): the provider rejected the token (401). Paste a new token on the data source page.',
        401
      );
    case 'not_found':
      return downstreamError(
        'Demo source (simulated): project "acme/missing" was not found or the token has no access to it (404).',
        404
      );
  }
}
