import type { SprintRecord } from '../../../../common/records';
import { D, T0, request, values, workItem } from '../flow/_lib/testFixtures';
import { blockedItemAge, blockedSinceAt } from './blockedItemAge';
import { carryover } from './carryover';
import { plannedVsDone } from './plannedVsDone';
import { scopeChange } from './scopeChange';

const sprint = (id: string, start: number, partial: Partial<SprintRecord> = {}): SprintRecord => ({
  id, source: 'asana', name: id, project: 'P', team: 'platform', startAt: start, endAt: start + 14 * D,
  plannedItemIds: [], addedItemIds: [], removedItemIds: [], ...partial,
});
const done = (at: number) => [{ at: T0 - D, to: 'To Do' }, { at, to: 'Done' }];

// Sprint 1 [T0, T0+14d): planned a, b, c, d; added e; removed d. a done in sprint, b done after, c never, e done.
// Sprint 2 [T0+14d, T0+28d): planned b, c (carried); running at request.to in the 'running' case.
const items = [
  workItem('a', { statusHistory: done(T0 + 3 * D) }),
  workItem('b', { statusHistory: done(T0 + 16 * D), sprintHistory: ['s1', 's2'] }),
  workItem('c', { statusHistory: [{ at: T0, to: 'In Progress' }] }),
  workItem('d'),
  workItem('e', { statusHistory: done(T0 + 5 * D) }),
];
const sprints = [
  sprint('s1', T0, { plannedItemIds: ['a', 'b', 'c', 'd'], addedItemIds: ['e'], removedItemIds: ['d'] }),
  sprint('s2', T0 + 14 * D, { plannedItemIds: ['b', 'c'], team: 'payments' }),
];
const req = request({ to: T0 + 28 * D, bucket: 'sprint' });

describe('sprint planning metrics (hand-computed)', () => {
  it.each([
    // s1: a done of 4 planned → 0.25; s2: b done at 16d of b, c → 0.5.
    ['planned vs done', plannedVsDone, [0.25, 0.5]],
    // s1: (1 − 1) / 4 = 0; s2: 0 / 2.
    ['scope change', scopeChange, [0, 0]],
    // s1 committed a, b, c, e: b (history) and c (planned by s2) carried → 0.5; s2: nothing moved on → 0.
    ['carryover', carryover, [0.5, 0]],
  ])('%s', (_name, computer, expected) => {
    expect(values(computer({ workItems: items, sprints }, req))).toEqual(expected);
  });

  it('leaves running sprints out of planned vs done and carryover, but not scope change', () => {
    const running = request({ to: T0 + 20 * D, bucket: 'sprint' });
    expect(values(plannedVsDone({ workItems: items, sprints }, running))).toEqual([0.25, null]);
    expect(values(carryover({ workItems: items, sprints }, running))).toEqual([0.5, null]);
    expect(values(scopeChange({ workItems: items, sprints }, running))).toEqual([0, 0]);
  });

  it('pools sprints in one bucket and groups by team', () => {
    const monthly = request({ to: T0 + 28 * D, bucket: 'period' });
    expect(values(plannedVsDone({ workItems: items, sprints }, monthly))).toEqual([2 / 6]);
    const byTeam = plannedVsDone({ workItems: items, sprints }, { ...monthly, groupBy: 'team' });
    expect(byTeam.series.map((s) => [s.labels.team, s.points[0].value])).toEqual([['payments', 0.5], ['platform', 0.25]]);
  });

  it.each([
    ['no sprints', [], [null]],
    ['nothing planned', [sprint('s0', T0)], [null]],
  ])('%s → null', (_name, ss, expected) => {
    expect(values(plannedVsDone({ workItems: items, sprints: ss }, request({ bucket: 'period' })))).toEqual(expected);
  });
});

describe('blocked item age', () => {
  const blocked = [
    workItem('x', { statusHistory: [{ at: T0, to: 'In Progress' }, { at: T0 + D, to: 'Blocked' }] }),
    workItem('y', { statusHistory: [{ at: T0 + 2 * D, to: 'Blocked' }, { at: T0 + 9 * D, to: 'In Progress' }] }),
    workItem('z', { statusHistory: [], blockedSince: T0 + 4 * D }),
  ];
  it.each([
    // week 1 end (T0+7d): x 6d, y 5d, z 3d → 5; week 2 end (T0+14d): x 13d, z 10d → 11.5.
    ['weekly snapshots', request(), [5, 11.5]],
    ['one value as of request.to', request({ bucket: 'period' }), [11.5]],
  ])('%s', (_name, req2, expected) => {
    expect(values(blockedItemAge({ workItems: blocked }, req2))).toEqual(expected);
  });
  it.each([
    ['blocked before asOf', blocked[0], T0 + 2 * D, T0 + D],
    ['blocked exactly at asOf is not yet blocked', blocked[0], T0 + D, undefined],
    ['unblocked again', blocked[1], T0 + 10 * D, undefined],
  ])('%s', (_name, item, asOf, expected) => {
    expect(blockedSinceAt(item, asOf)).toBe(expected);
  });
  it('nothing blocked → null', () => {
    expect(values(blockedItemAge({ workItems: [workItem('n')] }, request()))).toEqual([null, null]);
  });
});
