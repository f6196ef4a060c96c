/** Prints a preview: each panel's title and values, then whether each alert rule would fire now. */
import { formatCell, frameRows, numericSeries, type DataResponseJson } from './frameJson';
import type { Preview } from './runPreview';

const MAX_SERIES = 6;

function lastValue(values: Array<number | null>): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    if (values[i] !== null) {
      return values[i];
    }
  }
  return null;
}

function describe(response: DataResponseJson, title: string): string[] {
  if (response.error) {
    return [`ERROR (${response.errorSource ?? 'unknown'}): ${response.error}`];
  }
  const frames = response.frames ?? [];
  if (frames.some((f) => f.schema.fields.some((field) => field.type === 'string'))) {
    return frames.flatMap(frameRows).slice(0, MAX_SERIES);
  }
  const series = numericSeries(frames);
  if (series.length === 0 || series.every((s) => s.values.length === 0)) {
    const notice = frames[0]?.schema.meta?.notices?.[0]?.text;
    return [`no data${notice ? ` (${notice})` : ''}`];
  }
  const lines = series.slice(0, MAX_SERIES).map((s) => {
    const labels = Object.entries(s.labels)
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const points = s.values.length > 1 ? ` (last of ${s.values.length})` : '';
    const name = s.name === title && !labels ? '' : `${s.name}${labels ? ` {${labels}}` : ''}: `;
    return `${name}${formatCell(lastValue(s.values))}${points}`;
  });
  return series.length > MAX_SERIES ? [...lines, `… ${series.length - MAX_SERIES} more series`] : lines;
}

export function printPreview(preview: Preview, write: (line: string) => void = console.log): void {
  write(`Preview at ${preview.now.toISOString()} (demo data source, via tests/grafana-host)`);
  let current = '';
  for (const { query, response } of preview.queries) {
    const owner = query.owner;
    if (owner.kind === 'rule') {
      continue;
    }
    if (owner.dashboard !== current) {
      current = owner.dashboard;
      write(`\n== ${current}`);
    }
    const label = owner.kind === 'panel' ? `[${owner.panelId}] ${owner.title}` : `(${owner.kind}) ${owner.title}`;
    const lines =
      owner.kind === 'panel'
        ? describe(response, owner.title)
        : [
            `${(response.frames ?? [])[0]?.data?.values[0]?.length ?? 0} row(s)${response.error ? ` ERROR: ${response.error}` : ''}`,
          ];
    write(`  ${label}: ${lines.length === 1 ? lines[0] : ''}`);
    if (lines.length > 1) {
      lines.forEach((line) => write(`      ${line}`));
    }
  }
  write('\n== Alert rules (would they fire now?)');
  for (const { rule, evaluation, results } of preview.rules) {
    const steps = Object.entries(evaluation.steps)
      .map(([ref, v]) => `${ref}=${v === null ? '–' : formatCell(v)}`)
      .join(' ');
    const errors = results
      .filter((r) => r.response.error)
      .map((r) => ` ERROR: ${r.response.error}`)
      .join('');
    write(
      `  ${evaluation.state.toUpperCase().padEnd(7)} ${rule.labels?.severity?.padEnd(8) ?? ''} ${rule.title} [${steps}]${errors}`
    );
  }
  const firing = preview.rules.filter((r) => r.evaluation.state === 'firing').length;
  write(`\n${preview.queries.length} dashboard queries, ${preview.rules.length} rules: ${firing} would fire.`);
}
