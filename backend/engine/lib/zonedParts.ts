export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The wall-clock date and time of an instant in an IANA time zone (via `Intl.DateTimeFormat`).
 * Throws a RangeError for an unknown zone; validate with `isValidTimeZone` first.
 *
 * @example zonedParts(Date.UTC(2026, 2, 29, 1), 'Europe/Berlin') // { year: 2026, month: 3, day: 29, hour: 3, ... }
 */
export function zonedParts(instant: number, timeZone: string): ZonedParts {
  const parts: ZonedParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type === 'era') {
      bc = part.value === 'BC';
    } else if (part.type in parts) {
      parts[part.type as keyof ZonedParts] = Number(part.value);
    }
  }
  if (bc) {
    parts.year = 1 - parts.year;
  }
  return parts;
}
