/**
 * Keeps secrets out of everything that leaves the process: log lines, error messages, notices and
 * resource bodies. Data source instances register their decrypted secrets while they live; any text can
 * then be scrubbed of them, whichever code path (a provider's error text echoing a token) let one in.
 */

/** Shorter values would match ordinary words; real tokens and keys are far longer. */
const MIN_SECRET_LENGTH = 6;
export const REDACTED = '[redacted]';

export class Redactor {
  private readonly secrets = new Map<string, number>();

  add(values: Iterable<string>): void {
    for (const value of values) {
      if (value.length >= MIN_SECRET_LENGTH) {
        this.secrets.set(value, (this.secrets.get(value) ?? 0) + 1);
      }
    }
  }

  remove(values: Iterable<string>): void {
    for (const value of values) {
      const count = this.secrets.get(value);
      if (count === 1) {
        this.secrets.delete(value);
      } else if (count !== undefined) {
        this.secrets.set(value, count - 1);
      }
    }
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets.keys()) {
      if (out.includes(secret)) {
        out = out.split(secret).join(REDACTED);
      }
    }
    return out;
  }
}
