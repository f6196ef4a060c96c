import type { CoreApp, DataSourceInstanceSettings, ScopedVars } from '@grafana/data';
import { DataSourceWithBackend, getTemplateSrv } from '@grafana/runtime';
import type { CatalogEntry } from '../common/catalog/types';
import { DEFAULT_QUERY, type QueryFilters } from '../common/query';
import { annotationSupport } from './annotationSupport';
import { interpolateQuery } from './interpolateQuery';
import { toOptionParams } from './resources/optionParams';
import { ResourceCache } from './resources/resourceCache';
import type {
  CatalogResponse,
  OptionKind,
  OptionsResponse,
  ResourceOption,
  SourcesResponse,
  SourceStatus,
  TeamMetricsQuery,
  TeamMetricsOptions,
} from './types';
import { TeamMetricsVariableSupport } from './variableSupport';

export class DataSource extends DataSourceWithBackend<TeamMetricsQuery, TeamMetricsOptions> {
  private readonly resources = new ResourceCache();

  constructor(instanceSettings: DataSourceInstanceSettings<TeamMetricsOptions>) {
    super(instanceSettings);
    this.annotations = annotationSupport;
    this.variables = new TeamMetricsVariableSupport(this);
  }

  getDefaultQuery(_app: CoreApp): Partial<TeamMetricsQuery> {
    return { ...DEFAULT_QUERY };
  }

  /** Metric queries without a metric would only produce an error. */
  filterQuery(query: TeamMetricsQuery): boolean {
    if (query.hide) {
      return false;
    }
    const isMetricQuery = query.queryType === undefined || query.queryType === 'metric';
    return !isMetricQuery || Boolean(query.metric);
  }

  applyTemplateVariables(query: TeamMetricsQuery, scopedVars: ScopedVars): TeamMetricsQuery {
    const templateSrv = getTemplateSrv();
    return interpolateQuery(query, scopedVars, (target, vars, format) => templateSrv.replace(target, vars, format));
  }

  /** The metric catalog, from the backend (`GET catalog`). */
  getCatalog(): Promise<CatalogEntry[]> {
    return this.resources.get('catalog', async () => {
      const response = await this.getResource<CatalogResponse>('catalog');
      return response.metrics;
    });
  }

  /** Values for a filter or variable (`GET options/<kind>`), narrowed by the other filters. */
  getOptions(kind: OptionKind, filters?: QueryFilters): Promise<ResourceOption[]> {
    const params = toOptionParams(filters);
    return this.resources.get(`options/${kind}?${new URLSearchParams(params)}`, async () => {
      const response = await this.getResource<OptionsResponse>(`options/${kind}`, params);
      return response.values;
    });
  }

  /** Connection state of each source (`GET sources`); never cached. */
  async getSources(): Promise<SourceStatus[]> {
    const response = await this.getResource<SourcesResponse>('sources');
    return response.sources;
  }
}
