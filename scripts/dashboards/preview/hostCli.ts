/**
 * Runs queries through the Go host harness (tests/grafana-host: starts dist/gpx_teammetrics_<os>_<arch>
 * exactly as Grafana does and decodes frames with Grafana's SDK) and returns its `--json` output.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { QueryDataJson } from './frameJson';

const HOST_DIR = resolve(__dirname, '../../../tests/grafana-host');
const HOST_BIN = join(HOST_DIR, 'bin', 'host');

/** Builds the CLI (incremental, about a second when nothing changed). */
export function buildHostCli(): string {
  execFileSync('go', ['-C', HOST_DIR, 'build', '-o', 'bin/host', './cmd/host'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return HOST_BIN;
}

export interface HostQuery {
  refId: string;
  [key: string]: unknown;
}

/** One QueryData request (one plugin process) for queries sharing a time range. */
export function runHostQueries(bin: string, queries: readonly HostQuery[], from: Date, to: Date): QueryDataJson {
  const dir = mkdtempSync(join(tmpdir(), 'teammetrics-preview-'));
  try {
    const file = join(dir, 'queries.json');
    writeFileSync(file, JSON.stringify(queries));
    const out = execFileSync(
      bin,
      [
        'query',
        file,
        '--json',
        '--from',
        from.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        '--to',
        to.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      }
    );
    return JSON.parse(out) as QueryDataJson;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
