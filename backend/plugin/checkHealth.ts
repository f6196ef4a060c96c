/** Save & test: one line per source, and an overall status that is OK only if every enabled source is. */
import type { HealthResult } from '../protocol/server';
import type { QueryContext } from './queryContext';

export async function checkHealth({ instance, source }: QueryContext): Promise<HealthResult> {
  const sources = await instance.health(source);
  if (sources.length === 0) {
    return { status: 'error', message: 'No source is enabled. Turn on the demo source or configure GitHub, Asana, Notion, GA4 or HubSpot.', details: { sources } };
  }
  const failing = sources.filter((s) => s.status === 'error');
  return {
    status: failing.length === 0 ? 'ok' : 'error',
    message: sources.map((s) => `${s.status === 'ok' ? '✔' : '✘'} ${s.message}`).join('\n'),
    details: { sources },
  };
}
