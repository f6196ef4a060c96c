import type { RecordKind } from '../../../common/records';

/** What the GitHub source provides. Kept apart from the source so the lazy loader can read it without the SDK. */
export const GITHUB_PROVIDES: readonly RecordKind[] = [
  'changes',
  'reviews',
  'deployments',
  'releases',
  'workItems',
  'incidents',
];
