/** Dashboard annotations: Grafana's built-in one plus releases, deployments and incidents from our data source. */
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { AnnotationKind, QueryFilters } from '../../common/query';
import { DATASOURCE_REF, TeamMetricsTargetBuilder } from './teamMetricsTarget';

const KINDS: Array<{ kind: AnnotationKind; name: string; color: string }> = [
  { kind: 'release', name: 'Releases', color: 'blue' },
  { kind: 'deployment', name: 'Deployments', color: 'green' },
  { kind: 'incident', name: 'Incidents', color: 'red' },
];

function builtIn(): dashboard.AnnotationQueryBuilder {
  return new dashboard.AnnotationQueryBuilder()
    .name('Annotations & Alerts')
    .datasource({ type: 'grafana', uid: '-- Grafana --' })
    .builtIn(1)
    .enable(true)
    .hide(true)
    .iconColor('rgba(0, 211, 255, 1)')
    .type('dashboard');
}

/** One annotation query per event kind (queryType `annotations`), narrowed by the dashboard filters. */
export function eventAnnotations(
  filters: QueryFilters,
  enabled: readonly AnnotationKind[]
): dashboard.AnnotationQueryBuilder[] {
  const events = KINDS.map(({ kind, name, color }) =>
    new dashboard.AnnotationQueryBuilder()
      .name(name)
      .datasource(DATASOURCE_REF)
      .enable(enabled.includes(kind))
      .hide(false)
      .iconColor(color)
      .target(new TeamMetricsTargetBuilder(kind, { queryType: 'annotations', annotationKinds: [kind], filters }))
  );
  return [builtIn(), ...events];
}
