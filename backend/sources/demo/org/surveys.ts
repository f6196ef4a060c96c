/** Quarterly team satisfaction survey scores (1–5) as manual values for 'space_satisfaction'. */
import type { ManualValue } from '../../../../common/records';
import { normal, type Rng } from './prng';
import type { OrgContext } from './types';

/** One score per team at the last millisecond of each quarter inside [start, now]. */
export function makeSurveys(rng: Rng, ctx: OrgContext): ManualValue[] {
  const values: ManualValue[] = [];
  const first = new Date(ctx.start);
  const year = first.getUTCFullYear();
  for (let month = Math.floor(first.getUTCMonth() / 3) * 3 + 3; ; month += 3) {
    const at = Date.UTC(year, month, 1) - 1;
    if (at > ctx.now) {
      break;
    }
    ctx.teams.forEach((team, i) => {
      const score = Math.min(5, Math.max(1, 3.5 + 0.15 * i + 0.25 * normal(rng)));
      values.push({ id: `demo:survey:${team.id}:${at}`, source: 'demo', metricId: 'space_satisfaction', at,
        value: Math.round(score * 10) / 10, team: team.id });
    });
  }
  return values;
}
