import { tmpdir } from 'node:os';

import { defaultStoreDir } from './defaultStoreDir';

describe('defaultStoreDir', () => {
  it('puts the store beside Grafana’s plugins folder', () => {
    expect(defaultStoreDir('/var/lib/grafana/plugins/teammetrics-kpi-datasource', {})).toBe('/var/lib/grafana/teammetrics');
  });

  it('falls back to the temp directory outside a plugins folder', () => {
    expect(defaultStoreDir('/home/me/team-metrics/dist', {})).toBe(`${tmpdir()}/teammetrics`);
  });

  it('honours TEAMMETRICS_STORE_DIR', () => {
    expect(defaultStoreDir('/var/lib/grafana/plugins/x', { TEAMMETRICS_STORE_DIR: '/data/tm' })).toBe('/data/tm');
  });
});
