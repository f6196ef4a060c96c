/** Pure helpers shared by every metric: time buckets, statistics, filtering/grouping, series, comparisons, no-data. */
export * from './constants';
export { zonedParts, type ZonedParts } from './zonedParts';
export { timeZoneOffset } from './timeZoneOffset';
export { zonedDateToInstant } from './zonedDateToInstant';
export { isValidTimeZone } from './isValidTimeZone';
export { type CalendarBucket, CALENDAR_BUCKETS, isCalendarBucket } from './calendarBucket';
export { bucketStart } from './bucketStart';
export { addBuckets } from './addBuckets';
export { enumerateBuckets, MAX_BUCKETS } from './enumerateBuckets';
export { sprintAt } from './sprintAt';
export { makeBucketing, type Bucketing, type BucketingRange } from './makeBucketing';
export { percentile } from './percentile';
export { median } from './median';
export { mean } from './mean';
export { standardDeviation } from './standardDeviation';
export { coefficientOfVariation } from './coefficientOfVariation';
export { zScore } from './zScore';
export { dimensionOf } from './dimensionOf';
export { KIND_DIMENSIONS } from './kindDimensions';
export { filterRecords } from './filterRecords';
export { applyFilters } from './applyFilters';
export { groupItems } from './groupItems';
export { emptyBucketValue, type ValueKind } from './emptyBucketValue';
export { seriesLabels } from './seriesLabels';
export { buildSeries, type BuildSeriesOptions } from './buildSeries';
export { buildSnapshotSeries, type BuildSnapshotSeriesOptions } from './buildSnapshotSeries';
export { previousRange } from './previousRange';
export { comparisonSeries, type ComparisonLabel } from './comparisonSeries';
export { trailingMean } from './trailingMean';
export {
  detectAnomalies,
  type AnomalyRule,
  ANOMALY_Z_THRESHOLD,
  ANOMALY_DROP_FRACTION,
  ANOMALY_SPIKE_FACTOR,
} from './detectAnomalies';
export { SOURCE_HINTS } from './sourceHints';
export { missingKinds } from './missingKinds';
export { noDataResult } from './noDataResult';
export { classifyTier } from './classifyTier';
export { rangeRate } from './rangeRate';
export { labelsKey } from './labelsKey';
export { deployedAt } from './deployedAt';
export { productionDeployments } from './productionDeployments';
export { isOpenAt } from './isOpenAt';
