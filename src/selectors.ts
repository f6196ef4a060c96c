/** Labels and test ids shared by the editors, their tests and the browser check. */
export const selectors = {
  queryEditor: {
    queryType: 'Query type',
    metric: 'Metric',
    metricDefinition: 'metric-definition',
    groupBy: 'Group by',
    bucket: 'Bucket',
    comparison: 'Comparison',
    baselinePeriods: 'Baseline periods',
    timezone: 'Time zone override',
    seriesCount: 'Series',
    annotationKinds: 'Event kinds',
    variableKind: 'Values of',
  },
  configEditor: {
    enableSource: (title: string) => `Enable ${title}`,
    targetsTable: 'targets-table',
    target: (metricTitle: string) => `Target for ${metricTitle}`,
    period: (metricTitle: string) => `Target period for ${metricTitle}`,
    owner: (metricTitle: string) => `Owner of ${metricTitle}`,
    alertThreshold: (metricTitle: string) => `Alert threshold for ${metricTitle}`,
  },
} as const;
