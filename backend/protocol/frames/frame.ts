/**
 * Data frames as Grafana's SDK models them (grafana-plugin-sdk-go `data.Frame`), before Arrow encoding.
 * Time values are epoch milliseconds here; the encoder writes nanoseconds.
 */

export type FieldType = 'time' | 'float64' | 'int64' | 'string' | 'bool';

export interface Threshold {
  value: number | null;
  color: string;
}

export interface FieldConfig {
  displayName?: string;
  displayNameFromDS?: string;
  description?: string;
  unit?: string;
  decimals?: number;
  min?: number;
  max?: number;
  thresholds?: { mode: 'absolute' | 'percentage'; steps: Threshold[] };
  links?: Array<{ title: string; url: string; targetBlank?: boolean }>;
  noValue?: string;
}

interface FieldBase {
  name: string;
  labels?: Record<string, string>;
  config?: FieldConfig;
}

export type Field = FieldBase &
  (
    | { type: 'time'; values: number[] }
    | { type: 'float64'; values: Array<number | null> }
    | { type: 'int64'; values: Array<number | null> }
    | { type: 'string'; values: Array<string | null> }
    | { type: 'bool'; values: Array<boolean | null> }
  );

export type NoticeSeverity = 'info' | 'warning' | 'error';

export interface FrameNotice {
  severity: NoticeSeverity;
  text: string;
  link?: string;
}

export type FrameType = 'timeseries-multi' | 'timeseries-wide' | 'numeric-multi' | 'numeric-wide' | 'table';

export interface FrameMeta {
  type?: FrameType;
  typeVersion?: [number, number];
  notices?: FrameNotice[];
  custom?: Record<string, unknown>;
  executedQueryString?: string;
  preferredVisualisationType?: 'graph' | 'table' | 'logs' | 'trace' | 'nodeGraph';
}

export interface Frame {
  name?: string;
  refId?: string;
  meta?: FrameMeta;
  fields: Field[];
}
