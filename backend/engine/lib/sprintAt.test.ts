import type { SprintRecord } from '../../../common/records';
import { sprintAt } from './sprintAt';

const sprint = (id: string, startAt: number, endAt: number): SprintRecord => ({
  id,
  source: 'asana',
  name: id,
  project: 'p',
  startAt,
  endAt,
  plannedItemIds: [],
  addedItemIds: [],
  removedItemIds: [],
});
const sprints = [sprint('a', 0, 10), sprint('b', 10, 20), sprint('c', 15, 30), sprint('d', 15, 25)];

describe('sprintAt', () => {
  it.each([
    ['start is inclusive', 0, 'a'],
    ['end is exclusive', 10, 'b'],
    ['overlap: the later start wins', 16, 'c'],
    ['same start: smaller id wins', 15, 'c'],
    ['outside every sprint', 30, undefined],
  ])('%s', (_case, instant, expected) => {
    expect(sprintAt(instant, sprints)?.id).toBe(expected);
  });
});
