/**
 * Whether `Intl` knows the IANA time zone name.
 *
 * @example isValidTimeZone('Europe/Berlin') // true
 */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = KNOWN.get(timeZone);
  if (valid === undefined) {
    valid = check(timeZone);
    if (KNOWN.size >= KNOWN_SIZE) {
      KNOWN.clear();
    }
    KNOWN.set(timeZone, valid);
  }
  return valid;
}

/** Answers so far (creating an Intl.DateTimeFormat costs about 0.1 ms); bounded, names come from queries. */
const KNOWN = new Map<string, boolean>();
const KNOWN_SIZE = 256;

function check(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
