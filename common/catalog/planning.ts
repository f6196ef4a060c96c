/** Planning metrics (§2.5): planning accuracy, scope change, carryover and blocked work. */
import type { CatalogEntry } from './types';

type PlanningFields = Omit<CatalogEntry, 'department' | 'family' | 'owner' | 'dimensions'> & Partial<Pick<CatalogEntry, 'dimensions'>>;

const planning = (e: PlanningFields): CatalogEntry => ({ department: 'Engineering', family: 'planning', owner: 'Scrum Master', dimensions: ['project', 'team'], ...e });

const SPRINT_BASIS = 'Each sprint is placed at its start; with bucket "sprint" every sprint is its own point. Sprints in one bucket (several teams) are pooled: Σ numerators / Σ denominators.';

export const PLANNING_METRICS: CatalogEntry[] = [
  planning({
    id: 'sprint_planned_vs_done', title: 'Planned vs Done', unit: 'percentunit', decimals: 0, direction: 'higher_is_better',
    target: { value: 0.8, period: 'sprint', warnFraction: 0.15 },
    formula: 'count(items planned at sprint start and done by sprint end) / count(items planned at sprint start)',
    texts: {
      definition: 'Planning accuracy (LinearB): the share of the work committed at sprint start that was done by the sprint\'s end.',
      why: 'It tells whether commitments can be trusted; low values mean over-commitment or unplanned work crowding out the plan.',
      calculation: `Per ended sprint: planned item ids whose status at the sprint's end was a done status (Done, Completed, Closed, …; from the status history) / planned item ids. Added items are not in the numerator. ${SPRINT_BASIS}`,
      benchmark: 'LinearB reports an industry average below 50%; 80% is a common team goal and the default target.',
      edgeCases: 'Removed items stay in the denominator (the plan was wrong about them). Items reopened after the sprint still count as done in it. Running sprints are left out. Unknown item ids count as not done.',
    },
    needs: ['workItems', 'sprints'],
  }),
  planning({
    id: 'sprint_scope_change', title: 'Sprint Scope Change', unit: 'percentunit', decimals: 0, direction: 'lower_is_better',
    target: { value: 0.1, period: 'sprint', warnFraction: 1 },
    formula: '(count(items added after start) − count(items removed after start)) / count(items planned at start)',
    texts: {
      definition: 'Net scope change of a sprint (Jira sprint report): items added minus items removed after the sprint started, relative to the items planned at start.',
      why: 'Scope churn during a sprint disrupts focus and makes planned-vs-done meaningless; it shows how protected the plan is.',
      calculation: `Per sprint (running sprints included: scope change so far): (added − removed) / planned. ${SPRINT_BASIS}`,
      benchmark: 'Vendors colour scope creep (added / planned) green up to about 5% and red above about 30%; the default target is 10% net.',
      edgeCases: 'Adding and removing the same amount nets to 0% although churn happened — compare added and removed counts in the sprint table. Negative values mean net descoping. Sprints with nothing planned show no value.',
    },
    needs: ['sprints'],
  }),
  planning({
    id: 'sprint_carryover', title: 'Sprint Carryover', unit: 'percentunit', decimals: 0, direction: 'lower_is_better',
    target: { value: 0.15, period: 'sprint', warnFraction: 0.5 },
    formula: 'count(committed items not done at sprint end that moved to a later sprint) / count(committed items)',
    texts: {
      definition: 'Share of a sprint\'s committed items (planned + added − removed) that were not done by its end and rolled into a later sprint.',
      why: 'Carryover is unfinished work that silently eats the next sprint\'s capacity; steady carryover means the team plans more than it finishes.',
      calculation: `Per ended sprint: committed items whose status at the sprint end was not done and that appear later in their sprint history or in a later sprint's planned/added items, divided by committed items. ${SPRINT_BASIS}`,
      benchmark: 'No industry benchmark; under 15–20% is a common goal.',
      edgeCases: 'Unfinished items sent back to the backlog are not carryover (they lower planned-vs-done instead). Running sprints are left out.',
    },
    needs: ['workItems', 'sprints'],
  }),
  planning({
    id: 'blocked_item_age', title: 'Blocked Item Age', unit: 'd', decimals: 1, direction: 'lower_is_better',
    target: { value: 3, period: 'week', warnFraction: 0.5 }, dimensions: ['project', 'team', 'person'],
    formula: 'median(asOf − since when blocked) over items blocked at asOf (bucket end, clipped to the range end)',
    texts: {
      definition: 'Median number of days the currently blocked work items have been blocked, as of the end of each bucket (for a single value: as of the end of the time range).',
      why: 'Blocked work that ages is waste and usually a dependency nobody owns; the age, not the count, shows whether blockers get resolved.',
      calculation: 'For each item whose status at the snapshot instant is a blocked status (Blocked, On hold, Waiting): snapshot − the instant it entered that status; median in days. Items without a status history use blockedSince.',
      benchmark: 'No industry benchmark; blockers older than a few days deserve escalation (default target 3 days).',
      edgeCases: 'No blocked items → no value (not 0 days). blockedSince without history only describes the current state, so older snapshots of such items may be wrong.',
    },
    needs: ['workItems'],
  }),
];
