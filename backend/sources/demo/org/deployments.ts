/**
 * Staging and production deployments per service, walked in time order. Each successful production deployment
 * lists the merged PRs it ships for the first time; some deployments fail (then retry), some cause incidents that a
 * rollback or hotfix (unplanned) resolves.
 */
import type { ChangeRecord, DeploymentRecord, IncidentRecord } from '../../../../common/records';
import { makeIncident } from './incidents';
import { chance, fakeSha, logNormal, type Rng } from './prng';
import { flat } from './strings';
import { dayWeights, HOUR_MS, MINUTE_MS, sampleWorkInstant } from './time';
import type { DemoService, OrgContext } from './types';

type EventKind = 'planned' | 'retry' | 'rollback' | 'hotfix';

interface DeployEvent {
  t: number;
  kind: EventKind;
  incident?: IncidentRecord;
  rollbackOf?: string;
  rollbackSha?: string;
}

export interface DeploymentsAndIncidents {
  deployments: DeploymentRecord[];
  incidents: IncidentRecord[];
}

interface WalkState {
  rng: Rng;
  ctx: OrgContext;
  service: DemoService;
  merged: ChangeRecord[];
  pIncident: number;
  nextId: (kind: 'deploy' | 'incident') => string;
  out: DeploymentsAndIncidents;
}

function shipPending(state: WalkState, cursor: { i: number }, t: number): ChangeRecord[] {
  const shipped: ChangeRecord[] = [];
  while (cursor.i < state.merged.length && (state.merged[cursor.i].mergedAt ?? Infinity) < t) {
    shipped.push(state.merged[cursor.i++]);
  }
  return shipped;
}

function walkService(state: WalkState, planned: number[]): void {
  const { rng, ctx, service, out } = state;
  const queue: DeployEvent[] = [];
  const cursor = { i: 0 };
  let lastSha = fakeSha(rng);
  let p = 0;
  while (p < planned.length || queue.length > 0) {
    const event: DeployEvent =
      queue.length > 0 && (p >= planned.length || queue[0].t <= planned[p]) ? queue.shift()! : { t: planned[p++], kind: 'planned' };
    const t = Math.round(event.t);
    if (t > ctx.now) {
      continue;
    }
    // Whole object literals, not `{ ...base, ... }`: V8 (Node 20) gives every object built by spreading a fresh literal
    // its own hidden class, which turns each property read in the engine into a megamorphic lookup (~1 µs, not ns).
    const { name, repo, team } = service;
    const unplanned = event.kind === 'rollback' || event.kind === 'hotfix';
    if (!unplanned) {
      const stagingAt = Math.round(t - logNormal(rng, 45 * MINUTE_MS, 0.5));
      out.deployments.push({ source: 'demo', service: name, repo, team, id: state.nextId('deploy'), environment: 'staging',
        production: false, startedAt: stagingAt, finishedAt: stagingAt + 6 * MINUTE_MS, status: 'success', sha: lastSha });
    }
    const id = state.nextId('deploy');
    const finishedAt = Math.round(t + logNormal(rng, 7 * MINUTE_MS, 0.5));
    const deployment: DeploymentRecord = { source: 'demo', service: name, repo, team, id, environment: 'production',
      production: true, startedAt: t, status: 'success', unplanned: unplanned || undefined, rollbackOf: event.rollbackOf };
    out.deployments.push(deployment);
    if (finishedAt > ctx.now) {
      deployment.status = 'in_progress';
      continue;
    }
    deployment.finishedAt = finishedAt;
    if (event.kind === 'planned' && chance(rng, 0.05)) {
      deployment.status = 'failure';
      queue.push({ t: t + logNormal(rng, 40 * MINUTE_MS, 0.6), kind: 'retry' });
      queue.sort((a, b) => a.t - b.t);
      continue;
    }
    const previousSha = lastSha;
    if (event.kind === 'rollback') {
      deployment.sha = event.rollbackSha;
      deployment.changeIds = [];
    } else {
      const shipped = shipPending(state, cursor, t);
      lastSha = shipped.length > 0 ? shipped[shipped.length - 1].mergeCommitSha ?? lastSha : lastSha;
      deployment.sha = lastSha;
      deployment.changeIds = shipped.map((c) => c.id);
      deployment.commitShas = shipped.flatMap((c) => (c.mergeCommitSha ? [c.mergeCommitSha] : []));
    }
    if (event.incident) {
      const resolvedAt = Math.round(finishedAt + logNormal(rng, 10 * MINUTE_MS, 0.6));
      event.incident.resolvedAt = resolvedAt <= ctx.now ? resolvedAt : undefined;
    }
    if (!unplanned && chance(rng, state.pIncident)) {
      const openedAt = Math.round(finishedAt + logNormal(rng, 45 * MINUTE_MS, 1));
      if (openedAt <= ctx.now) {
        const incident = makeIncident(rng, state.nextId('incident'), service, openedAt, id);
        out.incidents.push(incident);
        const rollback = chance(rng, 0.55);
        queue.push({
          t: openedAt + logNormal(rng, rollback ? 20 * MINUTE_MS : 2 * HOUR_MS, 0.8),
          kind: rollback ? 'rollback' : 'hotfix',
          incident,
          rollbackOf: rollback ? id : undefined,
          rollbackSha: previousSha,
        });
        queue.sort((a, b) => a.t - b.t);
      }
    }
  }
}

/** About `deploymentCount` deployments (≈ half production) and `incidentCount` incidents, ¾ caused by a deployment. */
export function makeDeployments(
  rng: Rng,
  ctx: OrgContext,
  changes: ChangeRecord[],
  deploymentCount: number,
  incidentCount: number
): DeploymentsAndIncidents {
  const mergedByRepo = new Map<string, ChangeRecord[]>();
  for (const c of changes) {
    if (c.mergedAt !== undefined && c.toDefaultBranch) {
      const list = mergedByRepo.get(c.repo) ?? [];
      list.push(c);
      mergedByRepo.set(c.repo, list);
    }
  }
  const plannedTotal = deploymentCount / 2.1;
  const totalWeight = ctx.services.reduce((s, x) => s + x.deployWeight, 0);
  const weights = dayWeights(ctx.start, ctx.now, 0.05, 0.3);
  const seq = { deploy: 0, incident: 0 };
  const out: DeploymentsAndIncidents = { deployments: [], incidents: [] };
  const nextId = (kind: 'deploy' | 'incident') => flat('demo:', kind, ':', ++seq[kind]);
  for (const service of ctx.services) {
    const n = Math.round((plannedTotal * service.deployWeight) / totalWeight);
    const planned = Array.from({ length: n }, () => sampleWorkInstant(rng, ctx.start, ctx.now, weights)).sort((a, b) => a - b);
    const merged = (mergedByRepo.get(service.repo) ?? []).sort((a, b) => (a.mergedAt ?? 0) - (b.mergedAt ?? 0));
    const pIncident = Math.min(0.5, (incidentCount * 0.75) / Math.max(1, plannedTotal));
    walkService({ rng, ctx, service, merged, pIncident, nextId, out }, planned);
  }
  const unlinked = Math.max(0, incidentCount - out.incidents.length);
  for (let i = 0; i < unlinked; i++) {
    const service = ctx.services[Math.floor(rng() * ctx.services.length)];
    const openedAt = Math.round(ctx.start + rng() * (ctx.now - ctx.start));
    const incident = makeIncident(rng, nextId('incident'), service, openedAt, undefined);
    const resolvedAt = Math.round(openedAt + logNormal(rng, 90 * MINUTE_MS, 1.1));
    incident.resolvedAt = resolvedAt <= ctx.now ? resolvedAt : undefined;
    out.incidents.push(incident);
  }
  return out;
}
