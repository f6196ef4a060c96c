/** Every page of an Asana list (offset pagination, limit=100), each element checked against a schema. */
import type { z } from 'zod';

import type { AsanaCall } from './client';
import type { AsanaRequester, CallContext } from './requester';
import { pageSchema, singleSchema } from './schemas';

export const PAGE_LIMIT = 100;
/** A runaway guard: 500 pages of 100. */
const MAX_PAGES = 500;

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new Error(
      `unexpected Asana response for ${what}: ${parsed.error.issues[0]?.message ?? 'invalid'} at ${parsed.error.issues[0]?.path.join('.') ?? ''}`
    );
  }
  return parsed.data;
}

export async function listAll<T>(
  requester: AsanaRequester,
  call: Omit<AsanaCall, 'query'> & { query?: AsanaCall['query'] },
  item: z.ZodType<T>,
  ctx: CallContext
): Promise<T[]> {
  const out: T[] = [];
  let offset: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = await requester.call(
      { ...call, query: { ...call.query, limit: PAGE_LIMIT, ...(offset ? { offset } : {}) } },
      ctx
    );
    const parsed = parse(pageSchema, body, call.op);
    out.push(...parsed.data.map((d) => parse(item, d, call.op)));
    offset = parsed.next_page?.offset;
    if (!offset) {
      break;
    }
  }
  return out;
}

export async function getOne<T>(
  requester: AsanaRequester,
  call: AsanaCall,
  item: z.ZodType<T>,
  ctx: CallContext
): Promise<T> {
  const body = parse(singleSchema, await requester.call(call, ctx), call.op);
  return parse(item, body.data, call.op);
}
