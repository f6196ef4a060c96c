/** Time helpers for the demo generator (UTC only; the generator never reads the clock). */
import { type Rng, normal } from './prng';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

export function startOfUtcDay(t: number): number {
  return t - (((t % DAY_MS) + DAY_MS) % DAY_MS);
}

/** `months` calendar months before `t` (UTC), clamped to the end of shorter months. */
export function subtractMonthsUtc(t: number, months: number): number {
  const d = new Date(t);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds()
  );
}

export function isWeekend(t: number): boolean {
  const day = new Date(t).getUTCDay();
  return day === 0 || day === 6;
}

/** Cumulative day weights over [start, end): weekdays 1, weekends `weekendWeight`, with a linear growth trend. */
export function dayWeights(start: number, end: number, weekendWeight: number, growth: number): number[] {
  const first = startOfUtcDay(start);
  const days = Math.max(1, Math.ceil((end - first) / DAY_MS));
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < days; i++) {
    const day = first + i * DAY_MS;
    sum += (isWeekend(day) ? weekendWeight : 1) * (1 + (growth * i) / days);
    cumulative.push(sum);
  }
  return cumulative;
}

/** Samples an instant in [start, end): a day by cumulative weight, then a working-hour time (UTC, ~13:00 ± 2.5 h). */
export function sampleWorkInstant(rng: Rng, start: number, end: number, cumulative: number[]): number {
  const first = startOfUtcDay(start);
  for (let attempt = 0; attempt < 8; attempt++) {
    const r = rng() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    const hours = Math.min(21, Math.max(6, 13 + 2.5 * normal(rng)));
    const t = Math.floor(first + lo * DAY_MS + hours * HOUR_MS);
    if (t >= start && t < end) {
      return t;
    }
  }
  return Math.floor(start + rng() * (end - start));
}
