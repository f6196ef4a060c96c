/** What every Team Metrics dashboard shares: uid, title, tags, time range, variables and event annotations. */
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import type { AnnotationKind, QueryFilters } from '../../common/query';
import { eventAnnotations } from './annotations';
import { datasourceVariable, dimensionVariable } from './variables';

export interface ShellOptions {
  uid: string;
  title: string;
  description: string;
  tags: string[];
  /** Add repo and team variables (engineering data carries them; marketing data does not). */
  repoAndTeam: boolean;
  /** Annotation kinds switched on by default. */
  annotationsOn: AnnotationKind[];
}

/** Filters that pass the repo/team variables through; empty when the dashboard has none. */
export function dashboardFilters(options: ShellOptions): QueryFilters {
  return options.repoAndTeam ? { repo: ['$repo'], team: ['$team'] } : {};
}

export function dashboardShell(options: ShellOptions): dashboard.DashboardBuilder {
  const builder = new dashboard.DashboardBuilder(options.title)
    .uid(options.uid)
    .description(options.description)
    .tags(options.tags)
    .editable()
    .timezone('browser')
    .time({ from: 'now-90d', to: 'now' })
    .refresh('')
    .tooltip(dashboard.DashboardCursorSync.Crosshair)
    .withVariable(datasourceVariable());
  if (options.repoAndTeam) {
    builder.withVariable(dimensionVariable('repo', 'Repository')).withVariable(dimensionVariable('team', 'Team'));
  }
  for (const annotation of eventAnnotations(dashboardFilters(options), options.annotationsOn)) {
    builder.annotation(annotation);
  }
  return builder;
}
