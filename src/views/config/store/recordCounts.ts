import type { RecordKind } from '../../../../common/records';

/**
 * The store's record counts as "kind count" lines, in the backend's order; kinds in words.
 *
 * @example
 * recordCountLines({ workItems: 12, changes: 3 }) // ['work items 12', 'changes 3']
 */
export function recordCountLines(counts: Partial<Record<RecordKind, number>>): string[] {
  return Object.entries(counts).map(
    ([kind, count]) => `${kind.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)} ${count}`
  );
}
