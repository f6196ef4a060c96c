/**
 * What one backfill batch copies. A chunk: the pull requests and issues closed in it (the last one also the open
 * ones). Then the windowed steps over the whole window, each its own batch so that none outgrows the hourly
 * request budget: releases and tags of every repository, then each repository's deployments (a compare per
 * production deployment), linked to the changes the chunks stored.
 */
import type { Notice } from '../../../../common/metricResult';
import type { RecordSet } from '../../../../common/records';
import type { FetchWindow, ReplaceWindow } from '../../types';
import { releasesAndTags } from '../fetchRecords';
import { listDeployments } from '../queries/listDeployments';
import type { BackfillChunk } from './backfillChunks';
import { deploymentRecords } from './deploymentRecords';
import { itemRecords, type Deletes } from './itemRecords';
import { searchItems } from './searchItems';
import { storedLookups } from './storedLookups';
import { wants, type SyncInput } from './syncInput';

export const RELEASES_STEP = 'releases';
const DEPLOYMENTS_STEP = 'deployments ';

export interface StepRecords {
  upserts: RecordSet;
  deletes?: Deletes;
  replace?: ReplaceWindow[];
  notices: Notice[];
}

/** The windowed steps of a backfill, in order, for the repositories that answer. */
export function windowedSteps(input: SyncInput, repos: readonly string[]): string[] {
  return [...(wants(input, 'releases') ? [RELEASES_STEP] : []), ...(wants(input, 'deployments') ? repos.map((repo) => `${DEPLOYMENTS_STEP}${repo}`) : [])];
}

export async function chunkRecords(input: SyncInput, from: number, repos: readonly string[], chunk: BackfillChunk): Promise<StepRecords> {
  const found = await searchItems(input, repos, { alive: { open: chunk.last, closedFrom: chunk.from, end: chunk.to } });
  const items = await itemRecords(input, found, storedLookups(input.request, from, input.now).changes);
  return { upserts: items.upserts, deletes: items.deletes, notices: found.notices };
}

export async function stepRecords(input: SyncInput, window: FetchWindow, repos: readonly string[], step: string): Promise<StepRecords> {
  const notices: Notice[] = [];
  if (step === RELEASES_STEP) {
    return { upserts: { releases: await releasesAndTags(input.api, repos, window) }, replace: [{ kind: 'releases', window }], notices };
  }
  // No replace window: it would span every repository's deployments. The store holds none of this one's yet,
  // unless this backfill follows a change of scope (then what was deleted upstream meanwhile stays).
  const { found } = await listDeployments(input.api, [step.slice(DEPLOYMENTS_STEP.length)], window, input.settings.production);
  const stored = storedLookups(input.request, window.from, input.now);
  const deployments = await deploymentRecords(input, { window, listed: found, changes: [], stored, storedBases: false }, notices);
  return { upserts: { deployments }, notices };
}
