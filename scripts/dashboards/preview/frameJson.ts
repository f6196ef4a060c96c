/** Data frames as the host CLI's `--json` prints them (Grafana's /api/ds/query JSON) and helpers to read them. */
export interface FrameField {
  name: string;
  type: string;
  labels?: Record<string, string>;
  config?: { displayNameFromDS?: string; unit?: string };
}

export interface FrameJson {
  schema: {
    name?: string;
    refId?: string;
    meta?: { type?: string; notices?: Array<{ severity: string; text: string }> };
    fields: FrameField[];
  };
  data?: { values: unknown[][] };
}

export interface DataResponseJson {
  status?: number;
  error?: string;
  errorSource?: string;
  frames?: FrameJson[];
}

export interface QueryDataJson {
  results: Record<string, DataResponseJson>;
}

/** One numeric series of a frame: its labels and values (nulls kept). */
export interface NumericSeries {
  name: string;
  labels: Record<string, string>;
  values: Array<number | null>;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Every number field of the frames as a series (time and string fields are skipped). */
export function numericSeries(frames: readonly FrameJson[]): NumericSeries[] {
  const series: NumericSeries[] = [];
  for (const frame of frames) {
    frame.schema.fields.forEach((field, i) => {
      if (field.type !== 'number') {
        return;
      }
      const values = (frame.data?.values[i] ?? []).map((v) => (isNumber(v) ? v : null));
      series.push({
        name: field.config?.displayNameFromDS ?? frame.schema.name ?? field.name,
        labels: field.labels ?? {},
        values,
      });
    });
  }
  return series;
}

/** Rows of a frame's string/number fields, for tables (e.g. DORA tiers). */
export function frameRows(frame: FrameJson): string[] {
  const fields = frame.schema.fields;
  const rows = frame.data?.values[0]?.length ?? 0;
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    out.push(fields.map((f, i) => `${f.name}=${formatCell(frame.data?.values[i]?.[r])}`).join(' '));
  }
  return out;
}

export function formatCell(value: unknown): string {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? String(value) : value.toFixed(3);
  }
  return value === null || value === undefined ? '–' : String(value);
}
