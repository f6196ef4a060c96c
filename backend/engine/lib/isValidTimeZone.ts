/**
 * Whether `Intl` knows the IANA time zone name.
 *
 * @example isValidTimeZone('Europe/Berlin') // true
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
