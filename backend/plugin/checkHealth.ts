/** Save & test: one line per source, and an overall status that is OK only if every enabled source is. */
import type { HealthResult } from '../protocol/server';
import type { DataSourceInstance } from './dataSourceInstance';

export function checkHealth(instance: DataSourceInstance): HealthResult {
  const sources = instance.sources();
  const configured = sources.filter((s) => s.configured);
  if (configured.length === 0) {
    return { status: 'error', message: 'No source is enabled. Turn on the demo source or configure GitHub, Asana, Notion, GA4 or HubSpot.', details: { sources } };
  }
  if (instance.demoEnabled) {
    // Building the demo organisation proves the engine's inputs are usable.
    const records = instance.records();
    const prs = records.changes?.length ?? 0;
    sources[0] = { ...sources[0], message: `Demo organisation ready: ${prs} pull requests, ${records.deployments?.length ?? 0} deployments (synthetic, no token needed)` };
  }
  const failing = configured.filter((s) => s.status === 'error');
  return {
    status: failing.length === 0 ? 'ok' : 'error',
    message: configured.map((s) => `${s.status === 'ok' ? '✔' : '✘'} ${s.message}`).join('\n'),
    details: { sources },
  };
}
