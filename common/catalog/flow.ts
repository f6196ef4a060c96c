/** Flow / PR metrics (§2.5 of metrics-and-conventions: phases as LinearB, Swarmia, DevLake and Middleware define them). */
import type { CatalogEntry } from './types';

type FlowFields = Omit<CatalogEntry, 'department' | 'family' | 'owner' | 'dimensions'> & Partial<Pick<CatalogEntry, 'dimensions' | 'owner'>>;

const flow = (e: FlowFields): CatalogEntry => ({ department: 'Engineering', family: 'flow', owner: 'Engineering Manager', dimensions: ['repo', 'team', 'person'], ...e });

const PHASES = 'Phases: coding = first commit → ready for review; pickup = ready → first non-author review; review = first review → merge; deploy = merge → first production deployment shipping the PR.';
const MERGED_BASIS = 'Only PRs merged in the bucket count (placed at their merge instant); open and closed-unmerged PRs are left out. Buckets without merged PRs show no value (not 0).';

export const FLOW_METRICS: CatalogEntry[] = [
  flow({
    id: 'pr_cycle_time', title: 'PR Cycle Time', unit: 'h', decimals: 1, direction: 'lower_is_better',
    target: { value: 48, period: 'week', warnFraction: 0.5 },
    formula: 'median(mergedAt − (firstCommitAt ?? createdAt)) over PRs merged in bucket',
    texts: {
      definition: `Median time from a PR's first commit to its merge (Swarmia's "first commit → merge"; excludes the deploy phase, unlike DevLake). ${PHASES}`,
      why: 'Short cycle times mean small batches, fast feedback and less work waiting; it is the developer-facing half of DORA change lead time.',
      calculation: `For each merged PR: mergedAt − first commit (PR creation when the first commit is unknown), in hours; median per bucket. ${MERGED_BASIS}`,
      benchmark: 'No DORA tiers; vendors publish their own bands (LinearB also reports P75). The default target of 48 h is a starting point, not an industry figure.',
      edgeCases: 'Long-lived branches and commits rebased to an old date inflate the first phase; truncated commit lists (GitHub caps at 250) make the first commit late. Reverts count like any PR.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_coding_time', title: 'PR Coding Time', unit: 'h', decimals: 1, direction: 'lower_is_better',
    formula: 'median((readyForReviewAt ?? createdAt) − (firstCommitAt ?? createdAt)) over PRs merged in bucket',
    texts: {
      definition: `Median time from the first commit until the PR is open and ready for review (drafts count as coding, like LinearB). ${PHASES}`,
      why: 'Long coding phases point at large batches or work started too early; it is usually the biggest phase of cycle time.',
      calculation: `Per merged PR: ready-for-review instant (creation for non-draft PRs) − first commit, never negative; median per bucket, hours. ${MERGED_BASIS}`,
      benchmark: 'No standard benchmark; compare a team with itself over time.',
      edgeCases: 'Without a first-commit time the phase is 0 (the PR creation is used as the start). Work done before the first commit is invisible.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_pickup_time', title: 'PR Pickup Time', unit: 'h', decimals: 1, direction: 'lower_is_better',
    target: { value: 4, period: 'week', warnFraction: 0.5 },
    formula: 'median(firstReviewAt − (readyForReviewAt ?? createdAt)) over reviewed PRs merged in bucket',
    texts: {
      definition: `Median time a ready PR waits for its first review by someone other than the author. ${PHASES}`,
      why: 'Pickup is pure waiting: the author context-switches while the PR sits. It is the cheapest phase to shorten (review rotations, notifications).',
      calculation: `Per merged PR with a non-author review: first review − ready for review, in hours; median per bucket. ${MERGED_BASIS}`,
      benchmark: 'No standard benchmark; many teams aim for same-day pickup. The 4 h target is a house default.',
      edgeCases: 'PRs merged without any review are left out (see review participation). Nights and weekends count as waiting (calendar time, not working hours).',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_review_time', title: 'PR Review Time', unit: 'h', decimals: 1, direction: 'lower_is_better',
    formula: 'median(mergedAt − firstReviewAt) over reviewed PRs merged in bucket',
    texts: {
      definition: `Median time from the first non-author review to merge (LinearB/DevLake definition; includes rework and the wait after approval). ${PHASES}`,
      why: 'Long review phases mean many review rounds, big PRs or approvals that sit unmerged.',
      calculation: `Per merged PR with a non-author review: merge − first review, in hours; median per bucket. ${MERGED_BASIS}`,
      benchmark: 'No standard benchmark; read together with PR size and review depth.',
      edgeCases: 'PRs merged without review are left out. The wait between approval and merge is inside this phase; the SPACE flow-efficiency metric separates it out.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_deploy_time', title: 'PR Deploy Time', unit: 'h', decimals: 1, direction: 'lower_is_better',
    dimensions: ['repo', 'team', 'person'],
    formula: 'median(first successful production deployment listing the PR − mergedAt) over shipped PRs merged in bucket',
    texts: {
      definition: `Median time from merge until the PR reaches production: the first successful production deployment whose changeIds include it (DevLake's definition). ${PHASES}`,
      why: 'Merged-but-undeployed code is inventory: no user value and growing deployment risk. Cycle time + deploy time ≈ DORA change lead time.',
      calculation: 'Indexes successful production deployments by the change ids they ship (one pass), then per merged PR: deployment finish (else start) − merge; median per bucket, hours. PRs placed at merge.',
      benchmark: 'Teams with continuous deployment see minutes to hours; release trains see days. No industry bands.',
      edgeCases: 'PRs never deployed (libraries, not yet shipped) are left out, so a backlog of undeployed PRs does not raise the value — watch throughput alongside. Needs deployments that list changeIds.',
    },
    needs: ['changes', 'deployments'],
  }),
  flow({
    id: 'pr_time_to_first_review', title: 'Time to First Review', unit: 'h', decimals: 1, direction: 'lower_is_better',
    formula: 'median(firstReviewAt − (readyForReviewAt ?? createdAt)) over PRs first reviewed in bucket',
    texts: {
      definition: 'Median time from a PR being ready for review to its first review by someone other than the author, for every PR (merged, open or closed) whose first review falls in the bucket.',
      why: 'Unlike pickup time it does not wait for the merge, so it reacts in the current week and includes PRs that are still open.',
      calculation: 'Per PR with a first non-author review: first review − ready for review (creation for non-draft PRs), in hours; median per bucket of the first review instant.',
      benchmark: 'No standard benchmark; same-day first review is a common team agreement.',
      edgeCases: 'PRs never reviewed do not appear (they are not waiting any less) — check WIP for PRs stuck without review. Buckets with no first reviews show no value.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_review_depth', title: 'Review Depth', unit: 'short', decimals: 1, direction: 'higher_is_better',
    formula: 'sum(non-author review comments on PRs merged in bucket) / count(PRs merged in bucket)',
    texts: {
      definition: 'Review comments written by people other than the author, per merged PR (LinearB/DevLake "comments per PR", without self-comments).',
      why: 'Very low depth suggests rubber-stamp reviews; very high depth suggests unclear PRs or late design discussions.',
      calculation: 'Sums commentCount of reviews whose reviewer is not the PR author, for PRs merged in the bucket, and divides by the number of those PRs (PRs without comments count as 0).',
      benchmark: 'No standard benchmark; interpret as a trend and alongside PR size.',
      edgeCases: 'Bare approvals have 0 comments. Comments on unmerged PRs are left out. Buckets without merged PRs show no value.',
    },
    needs: ['changes', 'reviews'],
  }),
  flow({
    id: 'pr_size', title: 'PR Size', unit: 'short', decimals: 0, direction: 'lower_is_better',
    target: { value: 200, period: 'week', warnFraction: 0.5 },
    formula: 'median(additions + deletions) over PRs merged in bucket',
    texts: {
      definition: 'Median number of changed lines (additions + deletions) of merged PRs.',
      why: 'Small PRs are reviewed faster and more carefully and are safer to deploy; size drives every other flow phase.',
      calculation: `Per merged PR with line counts: additions + deletions; median per bucket. ${MERGED_BASIS}`,
      benchmark: 'The Cisco/SmartBear code review study found review effectiveness drops beyond about 200–400 lines; 200 is the default target.',
      edgeCases: 'Generated files and lockfiles inflate sizes. PRs without line counts are left out.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_reopen_rate', title: 'PR Reopen Rate', unit: 'percentunit', decimals: 1, direction: 'lower_is_better',
    formula: 'count(PRs with reopenedCount > 0) / count(PRs merged or closed in bucket)',
    texts: {
      definition: 'Share of PRs closed or merged in the bucket that had been reopened at least once.',
      why: 'Reopened PRs are rework: something was closed too early or merged before it was ready.',
      calculation: 'Takes PRs with a merge or close instant in the bucket (merge wins) and divides those with reopenedCount > 0 by all of them.',
      benchmark: 'No industry benchmark; a few percent is typical.',
      edgeCases: 'A PR reopened several times counts once. Open PRs (even if reopened) are not counted until they close. Buckets without closed PRs show no value.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_throughput', title: 'PR Throughput', unit: 'short', decimals: 0, direction: 'higher_is_better',
    formula: 'count(PRs merged in bucket)',
    texts: {
      definition: 'Number of PRs merged in each bucket (LinearB "merged PRs", Middleware "PR count").',
      why: 'Throughput shows delivery capacity and its trend; paired with cycle time it shows whether speed comes from smaller batches.',
      calculation: 'Counts PRs whose merge instant falls in the bucket; grouped by repo, team or author.',
      benchmark: 'No benchmark across teams: PR granularity differs. Never use it to rank people.',
      edgeCases: 'Buckets without merges show 0 (the source is set up). Reverts are merged PRs too.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'pr_wip', title: 'PR Work in Progress', unit: 'short', decimals: 0, direction: 'lower_is_better',
    formula: 'count(PRs open and out of draft at bucket end)',
    texts: {
      definition: 'Number of open, non-draft PRs at the end of each bucket (for a single value: as of the end of the range).',
      why: 'High WIP means context switching and queues; limiting WIP is the main lever on flow (Little\'s law).',
      calculation: 'At each bucket end (clipped to the range end): counts PRs created before it, not merged or closed before it, and ready for review before it (when unknown: not currently a draft).',
      benchmark: 'A common rule of thumb is at most about one open PR per developer.',
      edgeCases: 'Draft state over time is only known through readyForReviewAt; a PR converted back to draft counts as ready. Abandoned PRs never closed keep counting.',
    },
    needs: ['changes'],
  }),
  flow({
    id: 'issue_cycle_time', title: 'Issue Cycle Time', unit: 'd', decimals: 1, direction: 'lower_is_better',
    dimensions: ['project', 'team', 'person'],
    formula: 'median(completedAt − first in-progress status) over work items completed in bucket',
    texts: {
      definition: 'Median days from a work item first entering an in-progress status (In Progress, Doing, Started, In Review, Blocked) to its completion.',
      why: 'Issue cycle time is the customer-facing flow of work, including waiting, review and blocked time.',
      calculation: 'Per work item completed in the bucket: completion − first in-progress status change; median per bucket, in days.',
      benchmark: 'No industry benchmark; Swarmia counts only time in "In Progress", which reads lower than this.',
      edgeCases: 'Items that skipped in-progress are left out. Reopened items use their current completion, so the reopened time counts. Buckets without completions show no value.',
    },
    needs: ['workItems'],
  }),
];
