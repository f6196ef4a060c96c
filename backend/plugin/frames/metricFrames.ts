/**
 * MetricResult → data frames. Time series become `timeseries-multi` frames (one per label set), a
 * whole-range value (`bucket: period`) becomes `numeric-multi` frames, so Grafana alerting can reduce
 * either; tables become plain frames. Notices and "no data" reasons travel in frame meta.
 */
import type { CatalogEntry } from '../../../common/catalog/types';
import type { MetricResult, Series, Table } from '../../../common/metricResult';
import type { Field, FieldConfig, Frame, FrameMeta, FrameNotice } from '../../protocol/frames/frame';
import { targetThresholds } from './thresholds';

export interface FrameOptions {
  entry: CatalogEntry;
  /** Target after data source overrides; undefined = none. */
  target?: number;
  periodValue: boolean;
  format: 'timeseries' | 'table';
  executedQueryString: string;
  /** Per-source state (e.g. GA4 quota), shown in the first frame's meta.custom.sources. */
  sourceMeta?: Record<string, unknown>;
}

function seriesName(entry: CatalogEntry, series: Series): string {
  if (series.displayName) {
    return series.displayName;
  }
  const labels = Object.values(series.labels);
  return labels.length > 0 ? `${entry.title} · ${labels.join(' · ')}` : entry.title;
}

function valueConfig(result: MetricResult, options: FrameOptions, series: Series): FieldConfig {
  const config: FieldConfig = {
    displayNameFromDS: seriesName(options.entry, series),
    unit: result.unit,
    description: options.entry.texts.definition,
  };
  if (result.decimals !== undefined) {
    config.decimals = result.decimals;
  }
  if (options.target !== undefined && !series.labels.comparison) {
    config.thresholds = targetThresholds(options.target, options.entry.direction, options.entry.target?.warnFraction);
  }
  return config;
}

function tableFrame(table: Table, meta: FrameMeta): Frame {
  const fields: Field[] = table.columns.map((column, c) => {
    const values = table.rows.map((row) => row[c] ?? null);
    const config: FieldConfig | undefined = column.unit ? { unit: column.unit } : undefined;
    switch (column.type) {
      case 'time':
        return { name: column.name, type: 'time', config, values: values.map((v) => (typeof v === 'number' ? v : 0)) };
      case 'number':
        return { name: column.name, type: 'float64', config, values: values.map((v) => (typeof v === 'number' ? v : null)) };
      case 'boolean':
        return { name: column.name, type: 'bool', config, values: values.map((v) => (typeof v === 'boolean' ? v : null)) };
      case 'string':
        return { name: column.name, type: 'string', config, values: values.map((v) => (v === null ? null : String(v))) };
    }
  });
  return { name: table.name, meta, fields };
}

/** The series as one long table (time, one column per label, value), for metrics without tables of their own. */
function seriesTable(result: MetricResult, entry: CatalogEntry): Table {
  const labelKeys = [...new Set(result.series.flatMap((s) => Object.keys(s.labels)))].sort();
  return {
    name: entry.id,
    columns: [{ name: 'time', type: 'time' }, ...labelKeys.map((name) => ({ name, type: 'string' as const })), { name: entry.title, type: 'number', unit: result.unit }],
    rows: result.series.flatMap((s) => s.points.map((p) => [p.time, ...labelKeys.map((k) => s.labels[k] ?? null), p.value])),
  };
}

function notices(result: MetricResult, entry: CatalogEntry): FrameNotice[] {
  const list: FrameNotice[] = result.notices.map((n) => ({ severity: n.severity, text: n.text }));
  if (result.noDataReason) {
    list.unshift({ severity: 'warning', text: `No data: ${result.noDataReason}` });
  } else if (result.series.every((s) => s.points.every((p) => p.value === null))) {
    list.unshift({ severity: 'info', text: `No values for ${entry.title} in this time range (nothing to measure here, which is not the same as zero).` });
  }
  return list;
}

function customMeta(result: MetricResult, options: FrameOptions): Record<string, unknown> | undefined {
  const custom: Record<string, unknown> = {};
  if (result.noDataReason) {
    custom.noDataReason = result.noDataReason;
  }
  if (options.sourceMeta) {
    custom.sources = options.sourceMeta;
  }
  return Object.keys(custom).length > 0 ? custom : undefined;
}

export function metricFrames(result: MetricResult, options: FrameOptions): Frame[] {
  const frameNotices = notices(result, options.entry);
  const baseMeta = (first: boolean): FrameMeta => ({
    executedQueryString: options.executedQueryString,
    notices: first && frameNotices.length > 0 ? frameNotices : undefined,
    custom: first ? customMeta(result, options) : undefined,
  });

  if (options.format === 'table') {
    const tables = result.tables ?? [];
    const asTables = tables.length > 0 ? tables : [seriesTable(result, options.entry)];
    return asTables.map((table, i) => tableFrame(table, { ...baseMeta(i === 0), preferredVisualisationType: 'table' }));
  }

  const type = options.periodValue ? 'numeric-multi' : 'timeseries-multi';
  if (result.series.length === 0) {
    // An empty frame still carries the notices, so the panel says why there is no data.
    const config: FieldConfig = { unit: result.unit, description: options.entry.texts.definition };
    const fields: Field[] = options.periodValue
      ? [{ name: 'value', type: 'float64', config, values: [] }]
      : [
          { name: 'time', type: 'time', values: [] },
          { name: 'value', type: 'float64', config, values: [] },
        ];
    return [{ name: options.entry.id, meta: { ...baseMeta(true), type, typeVersion: [0, 1] }, fields }];
  }
  return result.series.map((series, i): Frame => {
    const value: Field = {
      name: 'value',
      type: 'float64',
      labels: series.labels,
      config: valueConfig(result, options, series),
      values: options.periodValue ? [series.points[0]?.value ?? null] : series.points.map((p) => p.value),
    };
    const fields: Field[] = options.periodValue ? [value] : [{ name: 'time', type: 'time', values: series.points.map((p) => p.time) }, value];
    return { name: options.entry.id, meta: { ...baseMeta(i === 0), type, typeVersion: [0, 1] }, fields };
  });
}
