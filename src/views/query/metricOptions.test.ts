import { CATALOG_FIXTURE } from '../../testing/catalogFixture';
import { toMetricOptions } from './metricOptions';

describe('toMetricOptions', () => {
  it('groups by department and family, keeping catalog order, with the definition as description', () => {
    const shuffled = [CATALOG_FIXTURE[0], CATALOG_FIXTURE[2], CATALOG_FIXTURE[1], CATALOG_FIXTURE[3]];
    expect(toMetricOptions(shuffled).map((o) => [o.group, o.value])).toEqual([
      ['Engineering › DORA', 'deploy_frequency'],
      ['Engineering › DORA', 'lead_time_for_changes'],
      ['Engineering › Flow', 'pr_cycle_time'],
      ['Marketing › Email', 'email_open_rate'],
    ]);
    expect(toMetricOptions(CATALOG_FIXTURE)[0].description).toBe('How often the team deploys to production.');
  });

  it('is empty for an empty catalog', () => {
    expect(toMetricOptions([])).toEqual([]);
  });
});
