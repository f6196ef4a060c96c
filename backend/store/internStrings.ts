/**
 * Parsed records repeat a few values many times (source, repo, author, team, state, labels): JSON.parse makes a new
 * string for each. Interning the short ones makes every record point at one copy (about a fifth less memory for
 * 100k pull requests with their reviews).
 */
const MAX_INTERNED_LENGTH = 64;

export class StringPool {
  private readonly pool = new Map<string, string>();

  private intern(value: string): string {
    if (value.length > MAX_INTERNED_LENGTH) {
      return value;
    }
    const known = this.pool.get(value);
    if (known !== undefined) {
      return known;
    }
    this.pool.set(value, value);
    return value;
  }

  /** Interns the record's top-level string fields and the strings of its top-level string arrays, in place. */
  internFields<T extends object>(record: T): T {
    const fields = record as Record<string, unknown>;
    for (const key in fields) {
      const value = fields[key];
      if (typeof value === 'string') {
        fields[key] = this.intern(value);
      } else if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (typeof value[i] === 'string') {
            value[i] = this.intern(value[i] as string);
          }
        }
      }
    }
    return record;
  }
}
