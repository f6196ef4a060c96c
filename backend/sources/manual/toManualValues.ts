/**
 * Manual values from the settings as records: the date (YYYY-MM-DD) is the start of that day in the data
 * source time zone; the source is 'manual', so frames say where the number came from. Invalid dates are skipped.
 *
 * @example toManualValues([{ metricId: 'developer_satisfaction', date: '2026-11-01', value: 4.2 }], 'Europe/Berlin')
 * // [{ id: 'manual:developer_satisfaction:2026-11-01', source: 'manual', at: Date.UTC(2026, 9, 31, 23), ... }]
 */
import type { ManualValue } from '../../../common/records';
import type { ManualValueSetting } from '../../../common/settings';
import { zonedDateToInstant } from '../../engine/lib/zonedDateToInstant';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function toManualValues(settings: readonly ManualValueSetting[], timeZone: string): ManualValue[] {
  return settings.flatMap((s, i) => {
    const m = DATE.exec(s.date);
    if (!m || !Number.isFinite(s.value)) {
      return [];
    }
    const [year, month, day] = m.slice(1).map(Number);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return [];
    }
    const team = s.team?.trim() ? s.team.trim() : undefined;
    return [
      {
        id: `manual:${s.metricId}:${s.date}${team ? `:${team}` : ''}:${i}`,
        source: 'manual' as const,
        metricId: s.metricId,
        at: zonedDateToInstant(year, month, day, timeZone),
        value: s.value,
        ...(team ? { team } : {}),
      },
    ];
  });
}
