/** Secondary engineering KPIs: sprint velocity and its consistency, open bugs and tech debt, deploys, incidents. */
import type { CatalogEntry } from './types';

export const ENGINEERING_METRICS: CatalogEntry[] = [
  {
    id: 'sprint_velocity',
    title: 'Sprint Velocity',
    department: 'Engineering',
    family: 'secondary',
    owner: 'Scrum Master',
    unit: 'short',
    decimals: 0,
    direction: 'higher_is_better',
    target: { value: 40, period: 'sprint', warnFraction: 0.25 },
    formula: 'sum(points of work items completed, per sprint or bucket)',
    texts: {
      definition:
        'Story points completed. With sprint buckets: points of the items completed that belong to each sprint; with calendar buckets: points of items completed in the bucket.',
      why: 'Velocity is a planning input: it tells a team how much to commit to next sprint. It is not a productivity score and must not be compared across teams.',
      calculation:
        'Takes completed work items (final completion). Sprint buckets: an item belongs to its current sprint (sprint field), falling back to the sprint running at its completion. Sums their points; items without points add 0 and are counted in a notice.',
      benchmark:
        'No external benchmark; points are team-specific. The target (40 per sprint) is a placeholder to be set per team.',
      edgeCases:
        'A reopened item counts once, at its final completion. Items still open do not count. Buckets without completions show 0. Use bucket "sprint" for the planning view.',
    },
    needs: ['workItems'],
    dimensions: ['project', 'team', 'person'],
  },
  {
    id: 'sprint_velocity_consistency',
    title: 'Sprint Velocity Consistency',
    department: 'Engineering',
    family: 'secondary',
    owner: 'Scrum Master',
    unit: 'percentunit',
    decimals: 0,
    direction: 'lower_is_better',
    target: { value: 0.2, period: 'period', warnFraction: 0.5 },
    formula: 'coefficient of variation (population sd / mean) of per-sprint velocity, sprints ending in bucket',
    texts: {
      definition:
        'How much velocity varies from sprint to sprint: the coefficient of variation of per-sprint completed points. 0% = identical every sprint.',
      why: 'Predictable velocity makes commitments trustworthy; high variation points at unstable scope, interruptions or inconsistent estimation.',
      calculation:
        'Computes the velocity of every sprint that ends in the bucket (per group when grouped) and returns population standard deviation / mean. Needs at least two sprints.',
      benchmark: 'Teams commonly aim for under 20%; above 40% makes sprint commitments unreliable.',
      edgeCases:
        'Buckets with fewer than two sprints, or zero mean velocity, show no value. Use bucket "period" or "month" or longer; weekly buckets rarely hold two sprints.',
    },
    needs: ['workItems', 'sprints'],
    dimensions: ['project', 'team'],
  },
  {
    id: 'bug_count_open',
    title: 'Open Bugs',
    department: 'Engineering',
    family: 'secondary',
    owner: 'QA Lead',
    unit: 'short',
    decimals: 0,
    direction: 'lower_is_better',
    target: { value: 20, period: 'period', warnFraction: 0.5 },
    formula: 'count(bug work items open as of bucket end)',
    texts: {
      definition:
        'Number of bugs open as of the end of each bucket (for a single value: as of the end of the time range).',
      why: 'The open bug count is the quality debt users feel; a rising line means bugs arrive faster than they are fixed.',
      calculation:
        'A work item of type "bug" is open at an instant when it was created before it and was not completed at it. Reopened bugs are open again from the reopen; the earlier closed stretch is reconstructed from the status history.',
      benchmark: 'Internal target: at most 20 open bugs. Trend matters more than the level.',
      edgeCases:
        'The engine reads no clock: "as of" is the end of the query range. Bugs completed and reopened count as open after the reopen. Empty projects show 0.',
    },
    needs: ['workItems'],
    dimensions: ['project', 'team', 'person'],
  },
  {
    id: 'deploy_frequency',
    title: 'Deploy Frequency (per week)',
    department: 'Engineering',
    family: 'secondary',
    owner: 'Engineering Manager',
    unit: 'short',
    decimals: 1,
    direction: 'higher_is_better',
    target: { value: 5, period: 'week', warnFraction: 0.4 },
    formula: 'count(successful production deployments in bucket) / weeks in bucket ∩ range',
    texts: {
      definition:
        'Successful production deployments per week. With weekly buckets this is the weekly count; longer buckets show the weekly average, so the target line always means "per week".',
      why: 'A simple weekly pulse of delivery that matches how teams plan; see the DORA metrics for tiers.',
      calculation:
        'Counts successful production deployments per bucket and divides by the length of the bucket (clipped to the query range) in weeks.',
      benchmark:
        'Internal target: 5 per week (about one per working day). DORA elite teams deploy on demand, several times per day.',
      edgeCases:
        'Failed and non-production deployments are excluded. Partial weeks at the range edges are scaled to a weekly rate. Buckets without deployments show 0.',
    },
    needs: ['deployments'],
    dimensions: ['repo', 'team', 'service'],
  },
  {
    id: 'tech_debt_open',
    title: 'Tech Debt Tickets Open',
    department: 'Engineering',
    family: 'secondary',
    owner: 'Tech Lead',
    unit: 'short',
    decimals: 0,
    direction: 'lower_is_better',
    target: { value: 30, period: 'period', warnFraction: 0.3 },
    formula: 'count(tech_debt work items open as of bucket end)',
    texts: {
      definition: 'Number of tech-debt tickets (work items of type "tech_debt") open as of the end of each bucket.',
      why: 'Tech debt that is tracked can be planned; a growing backlog signals that shortcuts are accumulating faster than they are paid down.',
      calculation: 'Same open-as-of rule as Open Bugs, for type "tech_debt".',
      benchmark: 'Internal target: at most 30 open. Many teams reserve 15–20% of capacity for debt.',
      edgeCases: '"As of" is the end of the query range (no clock). Reopened tickets are open again from the reopen.',
    },
    needs: ['workItems'],
    dimensions: ['project', 'team', 'person'],
  },
  {
    id: 'incidents_mtd',
    title: 'Incidents (month to date)',
    department: 'Engineering',
    family: 'secondary',
    owner: 'SRE Lead',
    unit: 'short',
    decimals: 0,
    direction: 'lower_is_better',
    target: { value: 2, period: 'month', warnFraction: 0.5 },
    formula: 'count(incidents opened from the start of the local month to the as-of instant)',
    texts: {
      definition:
        'Number of incidents opened since the start of the current month (in the dashboard time zone), as of the end of each bucket.',
      why: 'Month-to-date incident counts are the usual operations review number and the natural input for a monthly alert.',
      calculation:
        'For each bucket, as-of = bucket end (clipped to the range end); counts incidents with openedAt in [start of the local month containing the as-of instant, as-of). Daily buckets show the running count resetting each month.',
      benchmark: 'Internal target: at most 2 per month. Severity matters more than count; filter by service or team.',
      edgeCases:
        'Month starts are local midnights, so an incident at 23:30 UTC on the last day of a month belongs to the next month in Berlin. Incidents without a linked deployment still count here. No incident source → "no data", never 0.',
    },
    needs: ['incidents'],
    dimensions: ['team', 'service'],
  },
];
