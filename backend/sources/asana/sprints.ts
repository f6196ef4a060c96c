/**
 * Sprints named by sections or enum options of the sprint project, dates in the name:
 * "Sprint 12 (2026-11-02 – 2026-11-13)". Start = start of the first day, end = start of the day after the
 * last day, both in the data source time zone. Names without two dates are not sprints.
 */
import type { SprintRecord, WorkItemRecord } from '../../../common/records';
import { zonedDateToInstant } from '../../engine/lib/zonedDateToInstant';

const TWO_DATES = /(\d{4})-(\d{2})-(\d{2})\D+?(\d{4})-(\d{2})-(\d{2})/;

export const sprintId = (name: string) => `asana:sprint:${name.trim()}`;

export function parseSprintName(name: string, timeZone: string): { startAt: number; endAt: number } | undefined {
  const m = TWO_DATES.exec(name);
  if (!m) {
    return undefined;
  }
  const [y1, m1, d1, y2, m2, d2] = m.slice(1).map(Number);
  const startAt = zonedDateToInstant(y1, m1, d1, timeZone);
  const endAt = zonedDateToInstant(y2, m2, d2 + 1, timeZone);
  return endAt > startAt ? { startAt, endAt } : undefined;
}

/** Sprint records for the names that parse; planned items = work items currently in the sprint, by id. */
export function toSprints(
  names: readonly string[],
  project: string,
  items: readonly WorkItemRecord[],
  timeZone: string
): SprintRecord[] {
  const out: SprintRecord[] = [];
  for (const name of new Set(names.map((n) => n.trim()))) {
    const dates = parseSprintName(name, timeZone);
    if (dates) {
      const id = sprintId(name);
      out.push({
        id,
        source: 'asana',
        name,
        project,
        ...dates,
        plannedItemIds: items
          .filter((i) => i.sprint === id)
          .map((i) => i.id)
          .sort(),
        addedItemIds: [],
        removedItemIds: [],
      });
    }
  }
  return out.sort((a, b) => a.startAt - b.startAt);
}
