/** The Asana sync's cursor: JSON the store keeps with each committed batch. */
import { z } from 'zod';

const cursorSchema = z.object({
  v: z.literal(1),
  /** Backfill start of the first run: completed_since of every listing after it. */
  from: z.number(),
  /** Per project gid: its name and section names; a change (a rename) makes the next run re-read the project. */
  layouts: z.record(z.string(), z.string()),
  /** Set while the first backfill runs: projects committed so far, and when it started. */
  backfill: z.object({ startedAt: z.number(), done: z.array(z.string()) }).optional(),
  /** Start of the last complete run: the next run lists tasks modified since then (less an overlap). */
  syncedAt: z.number().optional(),
});

export type AsanaSyncCursor = z.infer<typeof cursorSchema>;

/** The cursor, or undefined when there is none or it is not ours (a backfill follows). */
export function parseAsanaCursor(text: string | undefined): AsanaSyncCursor | undefined {
  if (!text) {
    return undefined;
  }
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const encodeAsanaCursor = (cursor: AsanaSyncCursor): string => JSON.stringify(cursor);
