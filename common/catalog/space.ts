/** SPACE framework metrics (Forsgren et al., ACM Queue 2021; §2.4): team-level only, person grouping refused. */
import type { CatalogEntry } from './types';

type SpaceFields = Omit<CatalogEntry, 'department' | 'family' | 'owner' | 'dimensions'> & Partial<Pick<CatalogEntry, 'dimensions'>>;

const space = (e: SpaceFields): CatalogEntry => ({ department: 'Engineering', family: 'space', owner: 'Engineering Manager', dimensions: ['repo', 'team'], ...e });

const TEAM_ONLY = 'Team level only: grouping by person is answered per team with a warning, and a person filter is refused — SPACE warns that individual activity metrics mislead.';
const SPACE_USE = 'SPACE asks for several dimensions at once (at least three, including a perceptual one); read it next to satisfaction and performance, never alone.';

export const SPACE_METRICS: CatalogEntry[] = [
  space({
    id: 'space_prs_opened', title: 'SPACE Activity: PRs Opened', unit: 'short', decimals: 0, direction: 'higher_is_better',
    formula: 'count(PRs created in bucket)',
    texts: {
      definition: 'SPACE Activity: number of pull requests opened by the team in each bucket.',
      why: `Activity counts show where effort goes and spot sudden drops (blocked teams, on-call load). ${SPACE_USE}`,
      calculation: `Counts PRs by creation instant, grouped by the author's team. ${TEAM_ONLY}`,
      benchmark: 'No benchmark: activity counts are not comparable across teams and are not productivity.',
      edgeCases: 'Drafts count when opened. Buckets without PRs show 0.',
    },
    needs: ['changes'],
  }),
  space({
    id: 'space_reviews_given', title: 'SPACE Activity: Reviews Given', unit: 'short', decimals: 0, direction: 'higher_is_better',
    formula: 'count(non-author reviews submitted in bucket)',
    texts: {
      definition: 'SPACE Activity: reviews submitted on other people\'s PRs in each bucket, by the reviewer\'s team.',
      why: `Review work is invisible in commit counts but essential to flow. ${SPACE_USE}`,
      calculation: `Counts reviews whose reviewer is not the PR author, by submission instant, grouped by the reviewer's team. Reviews of PRs not in the data are left out. ${TEAM_ONLY}`,
      benchmark: 'No benchmark; compare the balance between teams\' PRs opened and reviews given.',
      edgeCases: 'Each review submission counts once, whatever its comment count. Buckets without reviews show 0.',
    },
    needs: ['changes', 'reviews'],
  }),
  space({
    id: 'space_commits', title: 'SPACE Activity: Commits', unit: 'short', decimals: 0, direction: 'higher_is_better',
    formula: 'sum(commitCount of PRs merged in bucket)',
    texts: {
      definition: 'SPACE Activity: commits landed through merged PRs in each bucket.',
      why: `Commit volume complements PR counts (few large PRs vs many small ones). ${SPACE_USE}`,
      calculation: `Sums commitCount of PRs merged in the bucket, grouped by the author's team. ${TEAM_ONLY}`,
      benchmark: 'No benchmark; commit habits (squash, fixups) differ between teams.',
      edgeCases: 'Commits pushed directly to the default branch (no PR) are not counted. PRs without a commit count add 0.',
    },
    needs: ['changes'],
  }),
  space({
    id: 'space_review_participation', title: 'SPACE Collaboration: Review Participation', unit: 'percentunit', decimals: 0,
    direction: 'higher_is_better', target: { value: 0.9, period: 'month', warnFraction: 0.1 },
    formula: 'count(merged PRs with ≥ 1 non-author review) / count(merged PRs)',
    texts: {
      definition: 'SPACE Communication & collaboration: share of merged PRs that had at least one review by someone other than the author.',
      why: 'Unreviewed merges skip knowledge sharing and the second pair of eyes; the share shows how much the team works together.',
      calculation: `Takes PRs merged in the bucket; a PR counts as reviewed when a non-author review exists (or its firstReviewAt is set). ${TEAM_ONLY}`,
      benchmark: 'No external benchmark; teams with required reviews sit near 100%. Default target 90%.',
      edgeCases: 'Self-reviews and author replies do not count. Buckets without merged PRs show no value.',
    },
    needs: ['changes', 'reviews'],
  }),
  space({
    id: 'space_cross_team_reviews', title: 'SPACE Collaboration: Cross-Team Reviews', unit: 'percentunit', decimals: 0,
    direction: 'higher_is_better',
    formula: 'count(non-author reviews where reviewer team ≠ PR team) / count(non-author reviews with both teams known)',
    texts: {
      definition: 'SPACE Communication & collaboration: share of reviews a team gives on other teams\' PRs.',
      why: 'Cross-team reviews spread knowledge and catch integration problems; near zero can mean silos, very high can mean a team is a bottleneck for others.',
      calculation: `Non-author reviews by submission instant whose reviewer team and PR team are both known; share with different teams, grouped by the reviewer's team. ${TEAM_ONLY}`,
      benchmark: 'No external benchmark; watch the trend and the balance between teams.',
      edgeCases: 'Reviews without a reviewer team or on PRs without a team are left out. Buckets without such reviews show no value.',
    },
    needs: ['changes', 'reviews'],
  }),
  space({
    id: 'space_flow_efficiency', title: 'SPACE Efficiency: PR Flow Efficiency', unit: 'percentunit', decimals: 0,
    direction: 'higher_is_better',
    formula: 'Σ active / Σ (active + waiting); active = coding + first review → first approval; waiting = pickup + first approval → merge',
    texts: {
      definition: 'SPACE Efficiency & flow: share of a PR\'s life spent on active work rather than waiting. Waiting = pickup (ready → first review) + approval → merge; active = coding (first commit → ready) + review (first review → first approval, or → merge when never approved).',
      why: 'Waiting time is handoff cost: work that is done but idle. SPACE names wait vs value-added time as the core efficiency signal.',
      calculation: `Over PRs merged in the bucket that had a non-author review, sums active and waiting time (calendar time) and divides active by their total — a time-weighted share, not a mean of per-PR ratios. ${TEAM_ONLY}`,
      benchmark: 'No benchmark for PR flow efficiency; in lean literature process flow efficiency below 15% is common. Compare a team with itself.',
      edgeCases: 'PRs merged without review are left out. Calendar time includes nights and weekends on both sides. Approvals before the first review are ignored.',
    },
    needs: ['changes'],
  }),
  space({
    id: 'space_change_fail_rate', title: 'SPACE Performance: Change Fail Rate', unit: 'percentunit', decimals: 1,
    direction: 'lower_is_better', target: { value: 0.1, period: 'period', warnFraction: 0.5 },
    dimensions: ['repo', 'team', 'service'],
    formula: 'same as dora_change_fail_rate, per team',
    texts: {
      definition: 'SPACE Performance (quality outcome): the DORA change fail rate, reported per team — production deployments that needed immediate intervention / successful production deployments.',
      why: 'SPACE performance is about outcomes, not output; change failures are the delivery outcome users feel.',
      calculation: `Runs the DORA change fail rate computation unchanged (linked incidents, rollbacks, deployed reverts). ${TEAM_ONLY}`,
      benchmark: 'See dora_change_fail_rate: DORA 2024 elite 5%, 2023 elite 5% / high 10% / medium 15%.',
      edgeCases: 'Inherits the DORA metric\'s edge cases: incidents without a linked deployment do not count; pipeline failures are excluded; empty buckets show no value.',
    },
    needs: ['deployments'],
  }),
  space({
    id: 'space_reopen_rate', title: 'SPACE Performance: PR Reopen Rate', unit: 'percentunit', decimals: 1,
    direction: 'lower_is_better',
    formula: 'same as pr_reopen_rate, per team',
    texts: {
      definition: 'SPACE Performance (quality outcome): share of closed or merged PRs that had been reopened, per team.',
      why: 'Reopened PRs are rework that escaped the first pass: a quality outcome rather than an activity count.',
      calculation: `Runs the pr_reopen_rate computation unchanged. ${TEAM_ONLY}`,
      benchmark: 'No industry benchmark; a few percent is typical.',
      edgeCases: 'A PR reopened several times counts once; open PRs are not counted until they close. Empty buckets show no value.',
    },
    needs: ['changes'],
  }),
  space({
    id: 'space_satisfaction', title: 'SPACE Satisfaction', unit: 'short', decimals: 1, direction: 'higher_is_better',
    target: { value: 4, period: 'quarter', warnFraction: 0.1 }, dimensions: ['team'],
    formula: 'mean(survey scores entered as manual values for space_satisfaction, in bucket)',
    texts: {
      definition: 'SPACE Satisfaction & well-being: mean team survey score (e.g. 1–5) entered as manual values with metric id space_satisfaction.',
      why: 'SPACE requires at least one perceptual measure: satisfaction predicts retention and often moves before delivery metrics do.',
      calculation: `Averages the manual values with metricId space_satisfaction dated in the bucket, grouped by their team. ${TEAM_ONLY}`,
      benchmark: 'No universal benchmark; depends on the survey. The default target 4 assumes a 1–5 scale.',
      edgeCases: 'Surveys are sparse: use month, quarter-length or period buckets; buckets without a survey show no value (not 0). Values without a team appear as "(none)" when grouped.',
    },
    needs: ['manualValues'],
  }),
];
