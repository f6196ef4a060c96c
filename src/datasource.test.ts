import { CoreApp, type DataQueryRequest, type DataQueryResponse } from '@grafana/data';
import { of } from 'rxjs';
import { DEFAULT_QUERY } from '../common/query';
import { createDataSource } from './testing/createDataSource';
import type { TeamMetricsQuery } from './types';

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getTemplateSrv: () => ({
    replace: jest
      .requireActual('./testing/fakeTemplateSrv')
      .fakeReplace({ repo: ['acme/api', 'acme/web'], team: 'core' }),
    getVariables: () => [],
  }),
}));

describe('DataSource', () => {
  it('applyTemplateVariables turns a multi-value $repo into an array of repos', () => {
    const datasource = createDataSource();
    const query: TeamMetricsQuery = {
      refId: 'A',
      queryType: 'metric',
      metric: 'deploy_frequency',
      filters: { repo: ['$repo'], team: ['$team'] },
    };
    expect(datasource.applyTemplateVariables(query, {}).filters).toEqual({
      repo: ['acme/api', 'acme/web'],
      team: ['core'],
    });
  });

  it('getDefaultQuery is the shared DEFAULT_QUERY: Deploy Frequency, weekly', () => {
    expect(createDataSource().getDefaultQuery(CoreApp.PanelEditor)).toEqual({
      queryType: 'metric',
      metric: 'deploy_frequency',
      bucket: 'week',
      groupBy: 'none',
    });
  });

  it.each<[string, TeamMetricsQuery, boolean]>([
    ['a metric query with a metric', { refId: 'A', queryType: 'metric', metric: 'deploy_frequency' }, true],
    ['a metric query without a metric', { refId: 'A', queryType: 'metric' }, false],
    ['a query without type or metric', { refId: 'A' }, false],
    ['a hidden query', { refId: 'A', metric: 'deploy_frequency', hide: true }, false],
    ['an annotation query', { refId: 'A', queryType: 'annotations' }, true],
    ['a demo query', { refId: 'A', queryType: 'demo_table' }, true],
  ])('filterQuery: %s → %s', (_name, query, expected) => {
    expect(createDataSource().filterQuery(query)).toBe(expected);
  });

  it('loads the catalog once from GET catalog', async () => {
    const datasource = createDataSource();
    const getResource = jest.spyOn(datasource, 'getResource');
    const [first] = await Promise.all([datasource.getCatalog(), datasource.getCatalog()]);
    expect(first.map((entry) => entry.id)).toContain('deploy_frequency');
    expect(getResource).toHaveBeenCalledTimes(1);
    expect(getResource).toHaveBeenCalledWith('catalog');
  });

  it('asks GET options/<kind> with the other filters as parameters, and retries after a failure', async () => {
    const datasource = createDataSource({ failing: ['options/team'] });
    const getResource = jest.spyOn(datasource, 'getResource');
    await expect(datasource.getOptions('repo', { team: ['core', '$team'] })).resolves.toEqual([
      { value: 'acme/api', label: 'acme/api' },
      { value: 'acme/web', label: 'acme/web' },
    ]);
    expect(getResource).toHaveBeenCalledWith('options/repo', { team: 'core' });
    await expect(datasource.getOptions('team')).rejects.toEqual({
      status: 500,
      data: { message: 'backend failed on options/team' },
    });
    await expect(datasource.getOptions('team')).rejects.toBeDefined();
    expect(getResource.mock.calls.filter(([path]) => path === 'options/team')).toHaveLength(2);
  });

  it('runs variable queries through QueryData with queryType variable', async () => {
    const datasource = createDataSource();
    const query = jest.spyOn(datasource, 'query').mockReturnValue(of({ data: [] } as DataQueryResponse));
    const request = { targets: [{ refId: 'A', variableKind: 'team' }] } as DataQueryRequest<TeamMetricsQuery>;
    const variables = datasource.variables as unknown as { query: (r: typeof request) => unknown };
    variables.query(request);
    expect(query.mock.calls[0][0].targets).toEqual([
      { refId: 'A', queryType: 'variable', variableKind: 'team', filters: {} },
    ]);
  });

  it('prepares annotation queries with queryType annotations and every kind by default', () => {
    const datasource = createDataSource();
    const prepared = datasource.annotations?.prepareQuery?.({
      name: 'Deploys',
      enable: true,
      iconColor: 'green',
      target: { refId: 'Anno', filters: { repo: ['acme/api'] } },
    });
    expect(prepared).toEqual({
      refId: 'Anno',
      queryType: 'annotations',
      annotationKinds: ['release', 'deployment', 'incident'],
      filters: { repo: ['acme/api'] },
    });
  });

  it('keeps DEFAULT_QUERY untouched', () => {
    const query = createDataSource().getDefaultQuery(CoreApp.Dashboard);
    query.metric = 'changed';
    expect(DEFAULT_QUERY.metric).toBe('deploy_frequency');
  });
});
