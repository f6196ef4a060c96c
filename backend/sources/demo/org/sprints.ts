/**
 * Two-week sprints per team with planned, added and removed items; unfinished items carry over, some get
 * blocked, a few are reopened after completion.
 */
import type { SprintRecord, WorkItemRecord, WorkItemType } from '../../../../common/records';
import { chance, logNormal, pick, pickWeighted, type Rng } from './prng';
import { DAY_MS, startOfUtcDay } from './time';
import { flat } from './strings';
import type { DemoTeam, OrgContext } from './types';
import { blankItem, transition } from './workItemBase';

const SPRINT_MS = 14 * DAY_MS;
const TYPES: WorkItemType[] = ['story', 'task', 'bug', 'tech_debt'];
const POINTS = [1, 2, 3, 5, 8];
const TITLES = ['Wire up', 'Polish', 'Investigate', 'Backfill', 'Add tests for', 'Instrument', 'Clean up'];
const AREAS = ['settings page', 'payment retries', 'sync job', 'push notifications', 'export API', 'login screen'];

export interface SprintsAndItems {
  sprints: SprintRecord[];
  items: WorkItemRecord[];
}

/** Monday 00:00 UTC on or after `t`. */
function firstMonday(t: number): number {
  const day = startOfUtcDay(t);
  return day + (((8 - new Date(day).getUTCDay()) % 7) * DAY_MS);
}

/** Works on `item` inside [from, end): maybe blocked, maybe done (and rarely reopened). */
function work(rng: Rng, item: WorkItemRecord, from: number, end: number, now: number): void {
  const go = (at: number, to: string) => at < end && transition(item, at, to, now, 'Done');
  let at = Math.max(from, item.createdAt) + rng() * 0.4 * (end - from);
  if (item.status === 'Blocked') {
    at = item.statusHistory[item.statusHistory.length - 1].at + logNormal(rng, 2 * DAY_MS, 0.8);
  }
  if (item.status !== 'In Progress' && !go(at, 'In Progress')) {
    return;
  }
  if (chance(rng, 0.12)) {
    at += rng() * 3 * DAY_MS;
    if (!go(at, 'Blocked')) {
      return;
    }
    at += logNormal(rng, 2.5 * DAY_MS, 1);
    if (!go(at, 'In Progress')) {
      return;
    }
  }
  at += logNormal(rng, 3 * DAY_MS, 0.7);
  if (!chance(rng, 0.85) || !go(at - logNormal(rng, 0.4 * DAY_MS, 0.5), 'In Review') || !go(at, 'Done')) {
    return;
  }
  if (chance(rng, 0.04)) {
    at += logNormal(rng, 2 * DAY_MS, 0.6);
    if (transition(item, at, 'In Progress', now, 'Done')) {
      transition(item, at + logNormal(rng, 1.5 * DAY_MS, 0.6), 'Done', now, 'Done');
    }
  }
}

function teamSprints(rng: Rng, ctx: OrgContext, team: DemoTeam, budget: number, nextId: () => string): SprintsAndItems {
  const out: SprintsAndItems = { sprints: [], items: [] };
  const engineers = ctx.engineersByTeam.get(team.id) ?? [];
  const project = flat(team.name, ' Sprints');
  const newItem = (createdAt: number): WorkItemRecord => {
    const type = TYPES[pickWeighted(rng, [0.5, 0.15, 0.25, 0.1])];
    const points = pick(rng, POINTS);
    const item = blankItem({ id: nextId(), project, type, status: 'To Do', createdAt,
      team: team.id, assignee: engineers.length > 0 ? pick(rng, engineers).login : undefined,
      title: flat(pick(rng, TITLES), ' ', pick(rng, AREAS)) });
    item.points = points;
    item.tags = type === 'bug' ? ['bug'] : type === 'tech_debt' ? ['tech-debt'] : [];
    item.customFields = { 'Story Points': points, Priority: pick(rng, ['P1', 'P2', 'P3']) };
    item.sprintHistory = [];
    out.items.push(item);
    return item;
  };
  let carry: WorkItemRecord[] = [];
  const first = firstMonday(ctx.start);
  const sprintCount = Math.floor((ctx.now - first) / SPRINT_MS) + 1;
  for (let k = 1, start = first; start <= ctx.now; k++, start += SPRINT_MS) {
    const end = start + SPRINT_MS;
    const id = `demo:sprint:${team.id}:${k}`;
    // Spread the remaining item budget over the remaining sprints; ~12% of it arrives mid-sprint.
    const freshCount = Math.max(1, Math.round((budget - out.items.length) / (sprintCount - k + 1) / 1.12));
    const fresh = Array.from({ length: freshCount }, () => newItem(start - logNormal(rng, 4 * DAY_MS, 0.8)));
    const planned = [...carry, ...fresh];
    const removed = fresh.filter(() => chance(rng, 0.05));
    const added: WorkItemRecord[] = [];
    for (let i = 0; i < Math.round(freshCount * 0.12 * 2 * rng()); i++) {
      const at = start + rng() * 10 * DAY_MS;
      if (at <= ctx.now) {
        added.push(newItem(at));
      }
    }
    for (const item of [...planned, ...added]) {
      item.sprint = id;
      item.sprintHistory = [...(item.sprintHistory ?? []), id];
    }
    for (const item of removed) {
      item.sprint = undefined;
    }
    carry = [];
    for (const item of [...planned, ...added]) {
      if (item.sprint !== id) {
        continue;
      }
      work(rng, item, start, end, ctx.now);
      if (item.status !== 'Done' && end <= ctx.now) {
        if (chance(rng, 0.9)) {
          carry.push(item);
        } else {
          item.sprint = undefined;
        }
      }
    }
    out.sprints.push({ id, source: 'demo', name: `${team.name} Sprint ${k}`, project,
      team: team.id, startAt: start, endAt: end, plannedItemIds: planned.map((i) => i.id),
      addedItemIds: added.map((i) => i.id), removedItemIds: removed.map((i) => i.id) });
  }
  return out;
}

/** Sprints of every team holding about `itemCount` sprint items in total. */
export function makeSprints(rng: Rng, ctx: OrgContext, itemCount: number, nextId: () => string): SprintsAndItems {
  const parts = ctx.teams.map((team) => teamSprints(rng, ctx, team, itemCount / ctx.teams.length, nextId));
  return { sprints: parts.flatMap((p) => p.sprints), items: parts.flatMap((p) => p.items) };
}
