/** Building blocks for Asana-like work items: a blank item and clock-bounded status transitions. */
import type { WorkItemRecord, WorkItemType } from '../../../../common/records';

export interface NewItem {
  id: string;
  project: string;
  title: string;
  type: WorkItemType;
  status: string;
  createdAt: number;
  team?: string;
  assignee?: string;
}

export function blankItem(item: NewItem): WorkItemRecord {
  return {
    ...item,
    createdAt: Math.round(item.createdAt),
    source: 'demo',
    tracker: 'asana',
    statusHistory: [{ at: Math.round(item.createdAt), to: item.status }],
    tags: [],
    customFields: {},
  };
}

/**
 * Moves `item` to `to` at `at` unless that lies after `now`; returns whether it happened. Entering `done`
 * completes the item; leaving it records a reopen. Mutates `item` (generator-internal, not exported as API).
 */
export function transition(item: WorkItemRecord, at: number, to: string, now: number, done: string): boolean {
  if (at > now) {
    return false;
  }
  const t = Math.round(Math.max(at, item.statusHistory[item.statusHistory.length - 1].at));
  if (item.status === done && to !== done) {
    item.reopenedAt = [...(item.reopenedAt ?? []), t];
    item.completedAt = undefined;
  }
  item.statusHistory.push({ at: t, from: item.status, to });
  item.status = to;
  if (to === done) {
    item.completedAt = t;
  }
  if (to === 'Blocked') {
    item.blockedSince = t;
  } else {
    item.blockedSince = undefined;
  }
  return true;
}

export interface Step {
  to: string;
  /** Median time after the previous step. */
  medianMs: number;
  /** Chance the item ever reaches this step. */
  p: number;
}

/** A compact copy with exact-size arrays and one object shape (the build-up leaves slack behind). */
export function finishItem(item: WorkItemRecord): WorkItemRecord {
  return {
    id: item.id,
    source: item.source,
    tracker: item.tracker,
    project: item.project,
    title: item.title,
    type: item.type,
    status: item.status,
    statusHistory: item.statusHistory.slice(),
    points: item.points,
    sprint: item.sprint,
    sprintHistory: item.sprintHistory,
    assignee: item.assignee,
    team: item.team,
    createdAt: item.createdAt,
    completedAt: item.completedAt,
    reopenedAt: item.reopenedAt,
    tags: item.tags,
    customFields: item.customFields,
    blockedSince: item.blockedSince,
    link: item.link,
  };
}
