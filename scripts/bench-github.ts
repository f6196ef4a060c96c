/**
 * GitHub source benchmark: API requests and wall time for a cold, a warm (within the cache TTL) and a
 * steady-state (5 minutes later, TTL expired) refresh of the Engineering dashboard's GitHub-backed queries,
 * over 20 repos × 90 days × 3,000 PRs on a local double (node:http on 127.0.0.1, 50 ms per request).
 *
 * Run: npm run bench:github
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCatalogEntry } from '../common/catalog';
import type { RecordKind } from '../common/records';
import { DataSourceInstance } from '../backend/plugin/dataSourceInstance';
import { handleQuery } from '../backend/plugin/handleQuery';
import { parseQuery } from '../backend/plugin/queryModel';
import { createLogger } from '../backend/protocol/logger';
import { GitHubSource } from '../backend/sources/github/gitHubSource';
import { generateBenchOrg } from '../backend/sources/github/testing/bench/benchOrg';
import { startBenchServer } from '../backend/sources/github/testing/bench/benchServer';

const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;
const SHAPE = { repos: 20, days: 90, prs: 3_000, deployEveryDays: 2, now: NOW };
const LATENCY_MS = 50;
const HOURLY_LIMIT = 5_000;
const GITHUB_KINDS: RecordKind[] = ['changes', 'reviews', 'deployments', 'releases', 'workItems', 'incidents'];

interface Target {
  refId: string;
  queryType?: string;
  metric?: string;
  [key: string]: unknown;
}

function dashboardTargets(): Target[] {
  const dashboard = JSON.parse(readFileSync(join(__dirname, '..', 'dashboards', 'engineering-overview.json'), 'utf8')) as { panels: Array<{ targets?: Target[]; panels?: unknown[] }> };
  const walk = (panels: Array<{ targets?: Target[]; panels?: unknown[] }>): Target[] =>
    panels.flatMap((p) => [...(p.targets ?? []), ...walk((p.panels ?? []) as Array<{ targets?: Target[] }>)]);
  return walk(dashboard.panels).filter((t) => {
    const entry = t.queryType === 'metric' && t.metric ? getCatalogEntry(t.metric) : undefined;
    return entry !== undefined && [...entry.needs, ...(entry.needsAny ?? [])].some((k) => GITHUB_KINDS.includes(k));
  });
}

/** Template-variable filters ($team, $repo) mean "All" here. */
function withoutVariables(target: Target): Target {
  const filters = Object.fromEntries(Object.entries((target.filters ?? {}) as Record<string, string[]>).filter(([, v]) => !v.some((x) => x.startsWith('$'))));
  return { ...target, filters };
}

async function main() {
  const org = generateBenchOrg(SHAPE);
  const server = await startBenchServer(org, LATENCY_MS);
  let clock = NOW;
  const jsonData = { cacheTtlSeconds: 300, github: { enabled: true, authType: 'pat' as const, baseUrl: server.url, org: 'acme', teamsFrom: 'mapping' as const, teamMapping: { alice: 'payments' } } };
  const config = { uid: 'bench', name: 'bench', lastUpdatedMS: 1, jsonData, secrets: { githubToken: 'ghp_bench' } };
  const source = new GitHubSource(config, { clock: () => clock });
  const instance = new DataSourceInstance(config, [source]);
  const targets = dashboardTargets();
  const metrics = [...new Set(targets.map((t) => t.metric))];

  const refresh = async (label: string) => {
    const before = new Map(server.counts);
    const started = performance.now();
    const context = { signal: AbortSignal.timeout(60_000), telemetry: { upstreamRequest: () => undefined, cacheHit: () => undefined }, logger: createLogger(() => undefined), now: clock };
    const results = await Promise.allSettled(
      targets.map((t, i) =>
        handleQuery(
          parseQuery({ refId: `${t.refId}${i}`, maxDataPoints: 1000, intervalMS: 3_600_000, queryType: 'metric', timeRange: { fromEpochMS: clock - SHAPE.days * DAY, toEpochMS: clock }, json: Buffer.from(JSON.stringify(withoutVariables(t))) }),
          { instance, source: context }
        )
      )
    );
    const ms = performance.now() - started;
    const delta = [...server.counts].map(([k, v]) => [k, v - (before.get(k) ?? 0)] as const).filter(([, v]) => v > 0);
    const requests = delta.filter(([k]) => k !== 'rest:304').reduce((s, [, v]) => s + v, 0);
    const notModified = delta.find(([k]) => k === 'rest:304')?.[1] ?? 0;
    const failed = results.filter((r) => r.status === 'rejected');
    console.log(`${label.padEnd(34)} ${String(requests).padStart(5)} requests (${notModified} answered 304)  ${(ms / 1000).toFixed(2).padStart(6)} s  ${failed.length} failed`);
    console.log(`${''.padEnd(34)} ${delta.map(([k, v]) => `${k}=${v}`).join(' ')}`);
    failed.slice(0, 3).forEach((f) => console.log('   ', String((f as PromiseRejectedResult).reason)));
    return { requests, notModified };
  };

  const prodDeploys = org.reduce((s, r) => s + r.deployments.filter((d) => d.environment === 'production' && Date.parse(d.createdAt) >= NOW - SHAPE.days * DAY).length, 0);
  const issues = org.reduce((s, r) => s + r.issues.length, 0);
  const lists = { 'pull requests (search, 100/page)': Math.ceil(SHAPE.prs / 100), 'issues (search, 100/page)': Math.ceil(issues / 100), 'deployments (100/page)': Math.ceil(org.reduce((s, r) => s + r.deployments.length, 0) / 100), 'releases (per repo, 100/page)': SHAPE.repos };
  const lowerBound = Object.values(lists).reduce((a, b) => a + b, 0);
  console.log(`GitHub bench: ${SHAPE.repos} repos × ${SHAPE.days} days × ${SHAPE.prs} PRs, ${prodDeploys} production deployments in range, ${issues} issues; ${LATENCY_MS} ms per request`);
  console.log(`Engineering dashboard GitHub queries (${targets.length} targets): ${metrics.join(', ')}\n`);
  await refresh('cold refresh');
  clock += 10_000;
  await refresh('warm refresh (+10 s, within TTL)');
  clock += 300_000;
  const steady = await refresh('refresh 5 min later (TTL expired)');
  console.log(`\nlower bound (items / page size): ${lowerBound} = ${Object.entries(lists).map(([k, v]) => `${v} ${k}`).join(' + ')}`);
  console.log(`  (plus one compare per production deployment not compared before: ${prodDeploys} on a cold cache)`);
  const perHour = (steady.requests - steady.notModified) * 12;
  console.log(`a 5-minute refresh: ${steady.requests} requests, ${steady.notModified} of them 304 (free); ${perHour} counted requests/hour = ${((100 * perHour) / HOURLY_LIMIT).toFixed(1)}% of the ${HOURLY_LIMIT}/hour rate limit`);
  source.dispose();
  await server.close();
}

void main();
