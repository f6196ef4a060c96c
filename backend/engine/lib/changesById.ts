import type { ChangeRecord } from '../../../common/records';
import { memoize } from './memoize';

/**
 * Change id → change (the last one wins for a duplicated id, as with `new Map(entries)`). Memoized per
 * changes array (see memoize): the map is shared and read-only.
 *
 * @example changesById(records.changes ?? []).get('github:acme/api#12')
 */
export const changesById: (changes: readonly ChangeRecord[]) => ReadonlyMap<string, ChangeRecord> = memoize(
  (changes: readonly ChangeRecord[]) => {
    const byId = new Map<string, ChangeRecord>();
    for (let i = 0; i < changes.length; i++) {
      byId.set(changes[i].id, changes[i]);
    }
    return byId;
  }
);
