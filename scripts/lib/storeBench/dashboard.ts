/**
 * The Engineering dashboard's GitHub-backed panels (dashboards/engineering-overview.json), run through the
 * plugin's query path (handleQuery) against a DataSourceInstance, and their frames' values compared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { getCatalogEntry } from '../../../common/catalog';
import type { RecordKind } from '../../../common/records';
import type { DataSourceInstance } from '../../../backend/plugin/dataSourceInstance';
import { handleQuery } from '../../../backend/plugin/handleQuery';
import { parseQuery } from '../../../backend/plugin/queryModel';
import type { Frame } from '../../../backend/protocol/frames/frame';
import { createLogger } from '../../../backend/protocol/logger';
import type { SourceTelemetry } from '../../../backend/sources/types';
import { ROOT } from '../runtime';

const DAY_MS = 86_400_000;
const GITHUB_KINDS: RecordKind[] = ['changes', 'reviews', 'deployments', 'releases', 'workItems', 'incidents'];

export interface Panel {
  /** "<panel title> (<refId>)". */
  name: string;
  target: Record<string, unknown>;
}

interface DashboardPanel {
  title?: string;
  targets?: Array<Record<string, unknown>>;
  panels?: DashboardPanel[];
}

/** Template-variable filters ($team, $repo) mean "All" here. */
function withoutVariables(target: Record<string, unknown>): Record<string, unknown> {
  const filters = Object.entries((target.filters ?? {}) as Record<string, string[]>).filter(([, v]) => !v.some((x) => x.startsWith('$')));
  return { ...target, filters: Object.fromEntries(filters) };
}

/** Every target of the dashboard whose metric reads a GitHub record kind, and the dashboard's default range in days. */
export function engineeringPanels(): { panels: Panel[]; days: number } {
  const dashboard = JSON.parse(readFileSync(join(ROOT, 'dashboards', 'engineering-overview.json'), 'utf8')) as { panels: DashboardPanel[]; time?: { from?: string } };
  const walk = (panels: DashboardPanel[]): Panel[] =>
    panels.flatMap((p) => [...(p.targets ?? []).map((t) => ({ name: `${p.title ?? 'untitled'} (${String(t.refId)})`, target: withoutVariables(t) })), ...walk(p.panels ?? [])]);
  const panels = walk(dashboard.panels).filter(({ target }) => {
    const entry = target.queryType === 'metric' && typeof target.metric === 'string' ? getCatalogEntry(target.metric) : undefined;
    return entry !== undefined && [...entry.needs, ...(entry.needsAny ?? [])].some((k) => GITHUB_KINDS.includes(k));
  });
  const days = Number(/^now-(\d+)d$/.exec(dashboard.time?.from ?? '')?.[1] ?? 90);
  return { panels, days };
}

export const countingTelemetry = (count: { requests: number }): SourceTelemetry => ({ upstreamRequest: () => void count.requests++, cacheHit: () => undefined });

const quiet = createLogger(() => undefined, 'error');

/** One panel query over the last `days` before `now`, as Grafana sends it. */
export function runPanel(instance: DataSourceInstance, panel: Panel, now: number, days: number, telemetry: SourceTelemetry = countingTelemetry({ requests: 0 })): Promise<Frame[]> {
  const query = parseQuery({
    refId: String(panel.target.refId),
    maxDataPoints: 1000,
    intervalMS: 3_600_000,
    queryType: 'metric',
    timeRange: { fromEpochMS: now - days * DAY_MS, toEpochMS: now },
    json: Buffer.from(JSON.stringify(panel.target)),
  });
  const source = { signal: AbortSignal.timeout(120_000), telemetry, logger: quiet, now };
  return handleQuery(query, { instance, source });
}

/** All panels at once, as a dashboard refresh does; a failed panel gives its error message instead of frames. */
export function refreshDashboard(instance: DataSourceInstance, panels: readonly Panel[], now: number, days: number): Promise<Array<Frame[] | string>> {
  return Promise.all(panels.map((p) => runPanel(instance, p, now, days).catch((err: unknown) => `error: ${err instanceof Error ? err.message : String(err)}`)));
}

/** What each panel shows: each field's name, labels and values (frame meta and notices left out), as JSON data. */
export function shownValues(results: Array<Frame[] | string>): unknown[] {
  return results.map((frames) => (typeof frames === 'string' ? frames : frames.map((f) => f.fields.map((field) => ({ name: field.name, labels: field.labels ?? {}, values: field.values })))));
}

/** Where two panels' values first differ ("[0][1].values[12]: 3.5 ≠ 4"), or undefined when they are equal. */
function difference(a: unknown, b: unknown, path = ''): string | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    // Equal to 1e-9 relative: sums over the same records may run in another order.
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) ? undefined : `${path}: ${a} ≠ ${b}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return `${path}: ${a.length} ≠ ${b.length} entries`;
    }
    return a.reduce<string | undefined>((found, x, i) => found ?? difference(x, b[i], `${path}[${i}]`), undefined);
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.reduce<string | undefined>((found, k) => found ?? difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`), undefined);
  }
  return a === b ? undefined : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

export interface PanelDifference {
  panel: string;
  /** Where the store's values (left) first differ from the on-demand ones (right). */
  where: string;
}

export function differingPanels(names: readonly string[], store: readonly unknown[], live: readonly unknown[]): PanelDifference[] {
  return names.flatMap((panel, i) => {
    const where = difference(store[i], live[i]);
    return where === undefined ? [] : [{ panel, where: where.length > 200 ? `${where.slice(0, 200)}…` : where }];
  });
}
