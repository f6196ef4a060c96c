/** A sync cursor read back from the store, or undefined when there is none or this version cannot read it (a backfill starts over). */
import type { z } from 'zod';

export function parseCursor<T>(schema: z.ZodType<T>, text: string | undefined): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
