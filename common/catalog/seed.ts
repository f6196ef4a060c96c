/** The primary KPIs the organisation asked for first: scoping, business support, specs and releases. */
import type { CatalogEntry } from './types';

const NO_DATA = 'With the source not set up the panel shows "no data", never 0; months without items show 0.';

export const SEED_METRICS: CatalogEntry[] = [
  {
    id: 'features_fully_scoped',
    title: 'Features Fully Scoped',
    department: 'Engineering',
    family: 'primary',
    owner: 'Product Manager',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 5, period: 'month', warnFraction: 0.4 },
    formula: 'count(feature work items whose last entry into the scoped status falls in bucket)',
    texts: {
      definition:
        'Number of feature work items that reached the "scoped" status (configurable, default "Scoped") in each bucket.',
      why: 'A steady supply of fully scoped features keeps engineering from starting work on half-defined ideas and shows product discovery keeping pace with delivery.',
      calculation:
        'For each work item of type "feature", finds the last time its status history entered the scoped status (case-insensitive) and counts it in that bucket. An item currently in the scoped status with no history entry counts at its creation.',
      benchmark:
        'Internal target: 5 per month. Compare with Feature Releases: scoping far ahead of delivery builds an inventory of stale specs.',
      edgeCases: `An item scoped, sent back and scoped again counts once, in the bucket of the final scoping. Items of other types are ignored. ${NO_DATA}`,
    },
    needs: ['workItems'],
    dimensions: ['project', 'team', 'person'],
  },
  {
    id: 'bizsup_completed',
    title: 'BizSup Completed',
    department: 'Engineering',
    family: 'primary',
    owner: 'Support Lead',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 10, period: 'month', warnFraction: 0.3 },
    formula: 'count(bizsup work items whose final completion falls in bucket)',
    texts: {
      definition: 'Number of business-support requests (work items of type "bizsup") completed in each bucket.',
      why: 'Business support competes with roadmap work; tracking completions shows whether requests from sales, support and operations are being served.',
      calculation: 'Counts bizsup work items that are completed now, in the bucket of their completion time.',
      benchmark:
        'Internal target: 10 per month. A falling count with a growing backlog means support work is being crowded out.',
      edgeCases: `A request completed, reopened and completed again counts once, in the bucket of its final completion; one reopened and still open does not count. ${NO_DATA}`,
    },
    needs: ['workItems'],
    dimensions: ['project', 'team', 'person'],
  },
  {
    id: 'prds_generated',
    title: 'PRDs Generated',
    department: 'Engineering',
    family: 'primary',
    owner: 'Product Manager',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 4, period: 'month', warnFraction: 0.5 },
    formula: 'count(distinct PRDs across Asana tasks and Notion documents, by completion date)',
    texts: {
      definition:
        'Number of product requirement documents completed in each bucket, counted once even when tracked both as an Asana task (type "prd") and a Notion page.',
      why: 'PRDs are the input to scoping and design; a steady flow means the roadmap is being thought through before it is built.',
      calculation:
        'Collects Asana work items of type "prd" and Notion documents of kind "prd", merges an Asana item with a Notion document when they share a link, otherwise when their normalised titles match and they were created within 14 days of each other, and counts each merged PRD at its earliest completion (or creation, when the date basis is "created").',
      benchmark:
        'Internal target: 4 per month. Read it next to Features Fully Scoped: PRDs should lead scoping by a few weeks.',
      edgeCases: `A notice reports how many duplicates were merged. Titles are normalised (case, punctuation, "PRD:" prefixes). Works with Asana only, Notion only, or both. ${NO_DATA}`,
    },
    needs: [],
    needsAny: ['workItems', 'documents'],
    dimensions: ['team'],
  },
  {
    id: 'fsds_generated',
    title: 'FSDs Generated',
    department: 'Engineering',
    family: 'primary',
    owner: 'Tech Lead',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 4, period: 'month', warnFraction: 0.5 },
    formula: 'count(distinct FSDs across Asana tasks and Notion documents, by completion date)',
    texts: {
      definition:
        'Number of functional specification documents completed in each bucket, counted once even when tracked both as an Asana task (type "fsd") and a Notion page.',
      why: 'FSDs turn requirements into buildable designs; a gap between PRDs and FSDs shows where work waits for engineering design.',
      calculation:
        'Same as PRDs Generated with kind "fsd": merge by link, then by normalised title within 14 days, count each at its earliest completion.',
      benchmark: 'Internal target: 4 per month, roughly one per PRD.',
      edgeCases: `A notice reports how many duplicates were merged. ${NO_DATA}`,
    },
    needs: [],
    needsAny: ['workItems', 'documents'],
    dimensions: ['team'],
  },
  {
    id: 'feature_releases',
    title: 'Feature Releases',
    department: 'Engineering',
    family: 'primary',
    owner: 'Engineering Manager',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 4, period: 'month', warnFraction: 0.5 },
    formula: 'count(release events in bucket), release event per the configured definition',
    texts: {
      definition:
        'Number of releases in each bucket. What counts as a release is a data source setting: GitHub releases (default), tags, PRs merged to the default branch, or successful production deployments.',
      why: 'Shipping is the point; release count is the simplest view of delivered increments for non-engineering stakeholders.',
      calculation:
        '"releases": published GitHub releases, prereleases excluded. "tags": distinct tags per repo (releases and bare tags), prereleases excluded. "merged_prs_default_branch": PRs merged to the default branch, reverts excluded. "production_deployments": successful production deployments.',
      benchmark:
        'Internal target: 4 per month. Use DORA deployment frequency for delivery performance; this is a communication metric.',
      edgeCases: `The needed source depends on the definition (GitHub releases/PRs or deployments); "no data" names it. ${NO_DATA}`,
    },
    needs: [],
    needsAny: ['releases', 'changes', 'deployments'],
    dimensions: ['repo', 'team', 'service'],
  },
];
