/**
 * A later run, one batch: the pull requests and issues updated since the last run (only those are fetched and
 * upserted, with the ids fetch gives them), and deployments and releases re-read over a trailing window.
 *
 * Deletions: a deployment, release or tag deleted upstream leaves with the trailing window's replace (one older
 * than the window stays); an issue that lost its tracked labels is deleted (unlabelledIssues.ts). An issue deleted
 * or transferred upstream is NOT seen: it no longer appears in any search, and GitHub reports deletions only through
 * webhooks and the org audit log; its records stay until the settings change (a new backfill). Pull requests and
 * submitted reviews cannot be deleted (a dismissed review is an edit, upserted with its PR).
 */
import type { Notice } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import type { ReplaceWindow, SyncBatch } from '../../types';
import { probe, releasesAndTags } from '../fetchRecords';
import { roundedEnd } from '../queries/searchOpenAndClosed';
import { INDEX_LAG_MS } from '../queries/searchSync';
import { deploymentRecords } from './deploymentRecords';
import { itemRecords } from './itemRecords';
import { searchItems } from './searchItems';
import { storedLookups } from './storedLookups';
import { formatCursor, type IncrementalCursor } from './syncCursor';
import { issueLabelsOf, wants, type SyncInput } from './syncInput';
import { unlabelledIssueIds } from './unlabelledIssues';

/** Deployments finish, and releases are published, some time after they are created: re-read a day before the last run. */
export const TRAILING_OVERLAP_MS = 86_400_000;

export async function incrementalBatch(input: SyncInput, cursor: IncrementalCursor): Promise<SyncBatch> {
  const notices: Notice[] = [];
  const window = { from: Math.max(cursor.from, cursor.syncedAt - TRAILING_OVERLAP_MS), to: input.now };
  const reachable = await probe({ ...input, window }, notices);
  const repos = reachable.map((r) => r.repo);
  const since = cursor.updatedSince - INDEX_LAG_MS;
  const end = roundedEnd(input.now, input.now);
  const [found, unlabelled] = await Promise.all([
    searchItems(input, repos, { updated: { since, end } }),
    wants(input, 'workItems', 'incidents') ? unlabelledIssueIds(input.api, repos, issueLabelsOf(input.settings), since, end) : { ids: [], notices: [] },
  ]);
  notices.push(...found.notices, ...unlabelled.notices);
  const stored = storedLookups(input.request, cursor.from, input.now);
  const items = await itemRecords(input, found, stored.changes, unlabelled.ids);
  // Re-read whole, with a replace window each: what the store holds in the window that GitHub no longer lists goes.
  const upserts: RecordSet = { ...items.upserts };
  const replace: ReplaceWindow[] = [];
  if (wants(input, 'deployments')) {
    upserts.deployments = await deploymentRecords(input, { window, listed: reachable, changes: items.changes, stored, storedBases: true }, notices);
    replace.push({ kind: 'deployments', window });
  }
  if (wants(input, 'releases')) {
    upserts.releases = await releasesAndTags(input.api, repos, window);
    replace.push({ kind: 'releases', window });
  }
  return {
    upserts,
    deletes: items.deletes,
    replace,
    cursor: formatCursor({ ...cursor, updatedSince: input.now, syncedAt: input.now }),
    done: true,
    notices,
  };
}
