/**
 * HubSpot-like stats per email per day: the send day carries sent/delivered, the following days only late
 * opens and clicks (so those days have 0 delivered).
 */
import type { EmailStatsRow } from '../../../../common/records';
import { logNormal, type Rng } from './prng';
import { DAY_MS, startOfUtcDay } from './time';
import type { OrgContext } from './types';

const OPEN_DECAY = [0.6, 0.25, 0.1, 0.05];

interface Send {
  emailId: string;
  campaign: string;
  date: number;
  listSize: number;
}

function sends(ctx: OrgContext): Send[] {
  const out: Send[] = [];
  const first = startOfUtcDay(ctx.start);
  const days = Math.floor((ctx.now - first) / DAY_MS);
  for (let i = 0; i < days; i++) {
    const date = first + i * DAY_MS;
    const weekday = new Date(date).getUTCDay();
    const listSize = Math.round(8000 + (6000 * i) / days);
    const iso = new Date(date).toISOString().slice(0, 10);
    if (weekday === 2) {
      out.push({ emailId: `newsletter-${iso}`, campaign: 'newsletter', date, listSize });
    }
    if (weekday === 4 && new Date(date).getUTCDate() <= 7) {
      out.push({ emailId: `product-update-${iso}`, campaign: 'product_update', date, listSize: Math.round(listSize * 0.7) });
    }
  }
  return out;
}

export function makeEmailStats(rng: Rng, ctx: OrgContext): EmailStatsRow[] {
  const rows: EmailStatsRow[] = [];
  for (const send of sends(ctx)) {
    const delivered = Math.round(send.listSize * (0.96 + rng() * 0.03));
    const openRate = Math.min(0.6, logNormal(rng, 0.27, 0.15));
    OPEN_DECAY.forEach((share, day) => {
      const date = send.date + day * DAY_MS;
      if (date > ctx.now) {
        return;
      }
      const opens = Math.round(delivered * openRate * share);
      rows.push({
        id: `demo:hubspot:${send.emailId}:${day}`,
        source: 'demo',
        date,
        emailId: send.emailId,
        campaign: send.campaign,
        sent: day === 0 ? send.listSize : 0,
        delivered: day === 0 ? delivered : 0,
        opens,
        clicks: Math.round(opens * logNormal(rng, 0.12, 0.2)),
        bounces: day === 0 ? send.listSize - delivered : 0,
        unsubscribes: day === 0 ? Math.round(delivered * 0.002) : 0,
      });
    });
  }
  return rows;
}
