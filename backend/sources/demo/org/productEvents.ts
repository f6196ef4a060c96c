/** 'document_created' product events: durations (log-normal), completion, and a growing mobile share. */
import type { ProductEventRow } from '../../../../common/records';
import { chance, logNormal, normal, type Rng } from './prng';
import { DAY_MS, HOUR_MS, isWeekend, startOfUtcDay } from './time';
import { flat } from './strings';
import type { OrgContext } from './types';

const EVENTS_PER_WEEKDAY = 60;

export function makeProductEvents(rng: Rng, ctx: OrgContext): ProductEventRow[] {
  const rows: ProductEventRow[] = [];
  const first = startOfUtcDay(ctx.start);
  const days = Math.floor((ctx.now - first) / DAY_MS);
  let seq = 0;
  for (let i = 0; i < days; i++) {
    const date = first + i * DAY_MS;
    const count = Math.round(EVENTS_PER_WEEKDAY * (1 + (0.5 * i) / days) * (isWeekend(date) ? 0.4 : 1));
    const mobileShare = 0.35 + (0.1 * i) / days;
    for (let j = 0; j < count; j++) {
      const mobile = chance(rng, mobileShare);
      rows.push({
        id: flat('demo:event:', ++seq),
        source: 'demo',
        at: Math.round(date + Math.min(23.9, Math.max(0, 14 + 3.5 * normal(rng))) * HOUR_MS),
        name: 'document_created',
        category: mobile ? 'mobile' : 'desktop',
        durationMs: Math.round(logNormal(rng, mobile ? 110_000 : 75_000, 0.6)),
        completed: chance(rng, mobile ? 0.82 : 0.9),
      });
    }
  }
  return rows;
}
