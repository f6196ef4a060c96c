import type { CatalogEntry } from '../../common/catalog/types';

const texts = (definition: string) => ({ definition, why: '', calculation: '', benchmark: '', edgeCases: '' });

/** A small catalog for tests and the browser check; the real one is served by the backend. */
export const CATALOG_FIXTURE: CatalogEntry[] = [
  {
    id: 'deploy_frequency',
    title: 'Deploy Frequency',
    department: 'Engineering',
    family: 'dora',
    owner: 'Platform lead',
    unit: 'short',
    direction: 'higher_is_better',
    target: { value: 10, period: 'week' },
    formula: 'count(production deployments) / weeks',
    texts: texts('How often the team deploys to production.'),
    needs: [],
    dimensions: ['repo', 'team', 'environment', 'service'],
  },
  {
    id: 'lead_time_for_changes',
    title: 'Lead Time for Changes',
    department: 'Engineering',
    family: 'dora',
    owner: 'Engineering manager',
    unit: 'h',
    direction: 'lower_is_better',
    target: { value: 24, period: 'week' },
    formula: 'median(deployedAt - firstCommitAt)',
    texts: texts('Time from first commit to running in production.'),
    needs: [],
    dimensions: ['repo', 'team'],
  },
  {
    id: 'pr_cycle_time',
    title: 'PR Cycle Time',
    department: 'Engineering',
    family: 'flow',
    owner: 'Engineering manager',
    unit: 'h',
    direction: 'lower_is_better',
    formula: 'median(mergedAt - createdAt)',
    texts: texts('Time from opening a pull request to merging it.'),
    needs: [],
    dimensions: ['repo', 'team', 'person'],
  },
  {
    id: 'email_open_rate',
    title: 'Email Open Rate',
    department: 'Marketing',
    family: 'email',
    owner: 'Marketing lead',
    unit: 'percentunit',
    direction: 'higher_is_better',
    target: { value: 0.3, period: 'month' },
    formula: 'opens / delivered',
    texts: texts('Share of delivered marketing emails that were opened.'),
    needs: [],
    dimensions: ['campaign'],
  },
];

/** Option lists per kind, as `GET options/<kind>` returns them. */
export const OPTIONS_FIXTURE: Record<string, Array<{ value: string; label: string }>> = {
  repo: [
    { value: 'acme/api', label: 'acme/api' },
    { value: 'acme/web', label: 'acme/web' },
  ],
  team: [
    { value: 'core', label: 'Core' },
    { value: 'growth', label: 'Growth' },
  ],
  environment: [{ value: 'production', label: 'production' }],
  service: [{ value: 'checkout', label: 'checkout' }],
  person: [{ value: 'octocat', label: 'octocat' }],
  project: [{ value: 'roadmap', label: 'Roadmap' }],
  metric: [{ value: 'deploy_frequency', label: 'Deploy Frequency' }],
};
