/** Calendar-day arithmetic on ISO dates (YYYY-MM-DD) for the sync's report ranges. */
const DAY_MS = 86_400_000;

export const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);
export const addDays = (day: string, days: number) => isoDay(Date.parse(day) + days * DAY_MS);
/** The UTC instant a date starts at; GA4 reads the date in the property's time zone. */
export const dayStart = (day: string) => Date.parse(day);

export interface DayRange {
  startDate: string;
  /** Inclusive. */
  endDate: string;
}

/**
 * Consecutive ranges of at most `size` days covering first..last (none when first is after last).
 *
 * @example dayChunks('2026-11-01', '2026-11-05', 2) // [01–02, 03–04, 05–05]
 */
export function dayChunks(first: string, last: string, size: number): DayRange[] {
  const out: DayRange[] = [];
  for (let start = first; start <= last; start = addDays(start, size)) {
    const end = addDays(start, size - 1);
    out.push({ startDate: start, endDate: end < last ? end : last });
  }
  return out;
}
