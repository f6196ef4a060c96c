/** Pull request and issue nodes → the records a batch upserts, and the issue records that no longer apply. */
import type { ChangeRecord, RecordKind, RecordSet } from '../../../../common/records';
import { changeId, toChangeRecords } from '../mappers/toChangeRecords';
import { issueId, toIssueRecords } from '../mappers/toIssueRecords';
import type { FoundItems } from './searchItems';
import { issueLabelsOf, keptKinds, type SyncInput } from './syncInput';

export type Deletes = Partial<Record<RecordKind, string[]>>;

export function mergeDeletes(a: Deletes, b: Deletes): Deletes {
  const kinds = new Set([...Object.keys(a), ...Object.keys(b)] as RecordKind[]);
  return Object.fromEntries([...kinds].map((k) => [k, [...(a[k] ?? []), ...(b[k] ?? [])]]));
}

export interface ItemRecords {
  upserts: RecordSet;
  deletes: Deletes;
  /** The batch's changes, also when the store keeps none (deployments link to them). */
  changes: ChangeRecord[];
}

/** toChangeRecords' title rule: a revert named only by its title needs the other changes to resolve. */
const REVERT_TITLE = /^Revert ".+"$/;

/**
 * `unlabelled`: ids of issues known to carry none of the tracked labels any more. An issue that now makes only a
 * work item (or only an incident) deletes the other record of its id.
 */
export async function itemRecords(input: SyncInput, found: FoundItems, storedChanges: () => Promise<ChangeRecord[]>, unlabelled: readonly string[] = []): Promise<ItemRecords> {
  const records: RecordSet = {};
  const deletes: Deletes = {};
  let changes: ChangeRecord[] = [];
  if (found.prs) {
    const ids = new Set(found.prs.map((pr) => changeId(pr.repository.nameWithOwner, pr.number)));
    // Stored copies of the PRs being mapped carry their old titles; only the fresh ones may be named.
    const known = found.prs.some((pr) => REVERT_TITLE.test(pr.title.trim())) ? (await storedChanges()).filter((c) => !ids.has(c.id)) : [];
    const mapped = toChangeRecords(found.prs, input.teams, known);
    changes = mapped.changes;
    Object.assign(records, mapped);
  }
  if (found.issues) {
    const mapped = toIssueRecords(found.issues, issueLabelsOf(input.settings), input.teams);
    const ids = found.issues.map((i) => issueId(i.repository.nameWithOwner, i.number));
    // Both searches ran: an issue in both had its label re-added in between, and the labelled answer wins.
    const stillLabelled = new Set(ids);
    const unlabelledNow = unlabelled.filter((id) => !stillLabelled.has(id));
    const gone = (made: ReadonlyArray<{ id: string }>) => {
      const have = new Set(made.map((r) => r.id));
      return [...ids.filter((id) => !have.has(id)), ...unlabelledNow];
    };
    Object.assign(records, mapped);
    deletes.workItems = gone(mapped.workItems);
    deletes.incidents = gone(mapped.incidents);
  }
  const kept = Object.entries(deletes).filter(([kind, ids]) => input.request.kinds.includes(kind as RecordKind) && ids.length > 0);
  return { upserts: keptKinds(input, records), deletes: Object.fromEntries(kept), changes };
}
