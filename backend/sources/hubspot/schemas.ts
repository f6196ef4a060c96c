/**
 * Runtime checks of the fields this plugin reads from HubSpot responses (the SDK's models type them at
 * compile time but its deserializer accepts anything). A mismatch is a downstream error naming the field.
 */
import { z } from 'zod';
import { downstreamError } from '../../protocol/errors';

const counters = z.record(z.string(), z.number());
const statisticsData = z.object({ counters: counters.optional() });

export const histogramSchema = z.object({
  results: z.array(z.object({ interval: z.object({ start: z.date(), end: z.date().optional() }).optional(), aggregations: statisticsData.optional() })),
});

export const emailsListSchema = z.object({
  emails: z.array(z.number()).optional(),
  campaignAggregations: z.record(z.string(), statisticsData).optional(),
  aggregate: statisticsData.optional(),
});

/** The response, unchanged, once the fields we read are known to have the expected types. */
export function checked<T>(schema: z.ZodType, value: T, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw downstreamError(`HubSpot returned an unexpected ${what} response (${issue.path.join('.') || 'body'}: ${issue.message}); the API may have changed`, 502);
  }
  return value;
}
