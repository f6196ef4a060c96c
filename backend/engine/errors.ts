/** The requested metric id is not in the catalog. The caller answers 400 Bad Request. */
export class UnknownMetricError extends Error {
  readonly metricId: string;

  constructor(metricId: string) {
    super(`Unknown metric "${metricId}". Pick one from the catalog (the query editor lists them all).`);
    this.name = 'UnknownMetricError';
    this.metricId = metricId;
  }
}

/** The catalog lists the metric but no computer is registered for it: a plugin bug, not a bad request. */
export class MetricNotImplementedError extends Error {
  readonly metricId: string;

  constructor(metricId: string) {
    super(`Metric "${metricId}" is in the catalog but has no implementation registered.`);
    this.name = 'MetricNotImplementedError';
    this.metricId = metricId;
  }
}
