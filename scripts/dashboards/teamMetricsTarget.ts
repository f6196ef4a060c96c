/** A panel target of our data source, as a foundation-SDK query builder. */
import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import type { TeamMetricsQueryModel } from '../../common/query';
import { DATASOURCE_VARIABLE, PLUGIN_ID } from './constants';

export interface TeamMetricsTarget extends TeamMetricsQueryModel {
  refId: string;
  datasource: { type: string; uid: string };
  /** Legend text; Grafana's own DataQuery field. */
  legendFormat?: string;
}

/** The dashboards' data source: whichever Team Metrics instance the `datasource` variable selects. */
export const DATASOURCE_REF = { type: PLUGIN_ID, uid: `\${${DATASOURCE_VARIABLE}}` };

/** Builds `{ refId, datasource, ...query }`; implements the SDK's Dataquery variant so panels accept it. */
export class TeamMetricsTargetBuilder implements cog.Builder<cog.Dataquery> {
  private readonly target: TeamMetricsTarget;

  constructor(refId: string, query: TeamMetricsQueryModel) {
    this.target = { refId, datasource: DATASOURCE_REF, ...query };
  }

  build(): cog.Dataquery {
    const target = { ...this.target };
    return Object.assign(target, { _implementsDataqueryVariant: () => undefined });
  }
}

/** refIds A, B, C … for the n-th query of a panel. */
export const refIdAt = (index: number): string => String.fromCharCode(65 + index);
