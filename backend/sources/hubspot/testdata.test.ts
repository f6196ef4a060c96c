/**
 * The committed HubSpot fixtures (served by the jest double and the Go host double alike) deserialize into the
 * SDK's generated models and carry every field the source reads, with the types it expects.
 */
import { ObjectSerializer } from '@hubspot/api-client/lib/codegen/marketing/emails/models/ObjectSerializer';
import type { AggregateEmailStatistics, EmailHistogram } from './client';
import { emailsListSchema, histogramSchema } from './schemas';
import { fixture } from './testing/hubSpotDouble';

describe('HubSpot fixtures follow the SDK models', () => {
  it('histogram.json is a CollectionResponseWithTotalEmailStatisticIntervalNoPaging with counters per DAY interval', () => {
    const model: EmailHistogram = ObjectSerializer.deserialize(fixture('histogram.json'), 'CollectionResponseWithTotalEmailStatisticIntervalNoPaging', '');
    expect(histogramSchema.safeParse(model).success).toBe(true);
    expect(model.results.map((r) => r.interval?.start.toISOString())).toEqual(['2026-11-10T00:00:00.000Z', '2026-11-11T00:00:00.000Z', '2026-11-12T00:00:00.000Z']);
    for (const r of model.results) {
      expect(Object.keys(r.aggregations?.counters ?? {})).toEqual(expect.arrayContaining(['sent', 'delivered', 'open', 'click', 'bounce', 'unsubscribed']));
    }
  });

  it('emailsList.json is an AggregateEmailStatistics', () => {
    const model: AggregateEmailStatistics = ObjectSerializer.deserialize(fixture('emailsList.json'), 'AggregateEmailStatistics', '');
    expect(emailsListSchema.safeParse(model).success).toBe(true);
    expect(Object.keys(model.campaignAggregations ?? {})).toHaveLength(2);
  });

  it.each(['error401.json', 'error403.json', 'error429Daily.json', 'error429TenSecondly.json', 'error502.json'])('%s is a HubSpot Error (message, category, correlationId)', (name) => {
    const model = ObjectSerializer.deserialize(fixture(name), 'ModelError', '') as { message: string; category: string; correlationId: string };
    expect([typeof model.message, typeof model.category, typeof model.correlationId]).toEqual(['string', 'string', 'string']);
  });

  it('the checks reject a response whose counters are not numbers', () => {
    expect(histogramSchema.safeParse({ results: [{ interval: { start: new Date() }, aggregations: { counters: { sent: '10' } } }] }).success).toBe(false);
  });
});
