import fc from 'fast-check';
import type { DeploymentRecord, IncidentRecord, RecordSet } from '../../../common/records';
import { MS_PER_HOUR } from '../lib/constants';
import { change, deployment, incident, request, utc, workItem } from '../testing/fixtures';
import { bizsupCompleted } from './seed/bizsupCompleted';
import { changeFailRate } from './dora/changeFailRate';
import { deploymentFrequency } from './dora/deploymentFrequency';
import { leadTimeMedian } from './dora/leadTime';

const FROM = utc(2026, 0, 1);
const TO = utc(2026, 3, 1);
const at = fc.integer({ min: FROM - 30 * 24 * MS_PER_HOUR, max: TO + 30 * 24 * MS_PER_HOUR });
const zone = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York');

const deploymentArb = fc
  .record({
    at,
    service: fc.constantFrom('api', 'web'),
    status: fc.constantFrom('success', 'success', 'failure'),
    production: fc.boolean(),
  })
  .map(({ at: t, service, status, production }): DeploymentRecord =>
    deployment('x', t, { service, status, production })
  );
const deploymentsArb = fc
  .array(deploymentArb, { maxLength: 30 })
  .map((ds) => ds.map((d, i) => ({ ...d, id: `d${i}` })));
const incidentsArb = (n: number) =>
  fc
    .array(fc.record({ at, target: fc.integer({ min: 0, max: Math.max(0, n - 1) }) }), { maxLength: 10 })
    .map((xs) =>
      xs.map(({ at: t, target }, i): IncidentRecord =>
        incident(`i${i}`, t, { service: 'api', causedByDeploymentId: `d${target}` })
      )
    );

const total = (result: { series: Array<{ points: Array<{ value: number | null }> }> }) =>
  result.series.reduce((sum, s) => sum + s.points.reduce((acc, p) => acc + (p.value ?? 0), 0), 0);

describe('metric properties', () => {
  it('deployment frequency: splitting the period keeps the total; buckets sum to it; order does not matter', () => {
    fc.assert(
      fc.property(
        deploymentsArb,
        fc.integer({ min: FROM, max: TO }),
        zone,
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        (deployments, split, timezone, bucket) => {
          const whole = total(
            deploymentFrequency({ deployments }, request({ from: FROM, to: TO, bucket: 'period', timezone }))
          );
          const parts =
            total(
              deploymentFrequency({ deployments }, request({ from: FROM, to: split, bucket: 'period', timezone }))
            ) +
            total(deploymentFrequency({ deployments }, request({ from: split, to: TO, bucket: 'period', timezone })));
          expect(parts).toBe(whole);
          expect(
            total(
              deploymentFrequency(
                { deployments },
                request({ from: FROM, to: TO, bucket, timezone, groupBy: 'service' })
              )
            )
          ).toBe(whole);
          const reversed = deploymentFrequency(
            { deployments: [...deployments].reverse() },
            request({ from: FROM, to: TO, bucket, timezone })
          );
          expect(reversed).toEqual(
            deploymentFrequency({ deployments }, request({ from: FROM, to: TO, bucket, timezone }))
          );
        }
      ),
      { numRuns: 60 }
    );
  });

  it('change fail rate: within [0, 1], permutation-invariant, input untouched', () => {
    fc.assert(
      fc.property(
        deploymentsArb.chain((ds) => fc.tuple(fc.constant(ds), incidentsArb(ds.length))),
        ([deployments, incidents]) => {
          const records: RecordSet = { deployments, incidents };
          const before = JSON.stringify(records);
          const req = request({ from: FROM, to: TO, bucket: 'month' });
          const result = changeFailRate(records, req);
          expect(JSON.stringify(records)).toBe(before);
          result.series[0].points.forEach((p) => p.value === null || expect(p.value >= 0 && p.value <= 1).toBe(true));
          expect(
            changeFailRate({ deployments: [...deployments].reverse(), incidents: [...incidents].reverse() }, req)
          ).toEqual(result);
        }
      ),
      { numRuns: 60 }
    );
  });

  it('lead time median lies between the smallest and largest lead time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ commit: at, hours: fc.integer({ min: 0, max: 2000 }) }), { minLength: 1, maxLength: 15 }),
        (rows) => {
          const changes = rows.map((r, i) => change(`c${i}`, { firstCommitAt: r.commit }));
          const deployments = rows.map((r, i) =>
            deployment(`d${i}`, r.commit + r.hours * MS_PER_HOUR, { changeIds: [`c${i}`] })
          );
          const inRange = rows
            .filter((r) => r.commit + r.hours * MS_PER_HOUR >= FROM && r.commit + r.hours * MS_PER_HOUR < TO)
            .map((r) => r.hours);
          const value = leadTimeMedian({ changes, deployments }, request({ from: FROM, to: TO, bucket: 'period' }))
            .series[0].points[0].value;
          if (inRange.length === 0) {
            expect(value).toBeNull();
          } else {
            expect(value!).toBeGreaterThanOrEqual(Math.min(...inRange) - 1e-9);
            expect(value!).toBeLessThanOrEqual(Math.max(...inRange) + 1e-9);
          }
        }
      )
    );
  });

  it('bizsup completed: month buckets add up to the period count in any zone', () => {
    fc.assert(
      fc.property(fc.array(fc.option(at, { nil: undefined }), { maxLength: 30 }), zone, (completions, timezone) => {
        const workItems = completions.map((completedAt, i) => workItem(`b${i}`, { type: 'bizsup', completedAt }));
        const period = total(
          bizsupCompleted({ workItems }, request({ from: FROM, to: TO, bucket: 'period', timezone }))
        );
        expect(total(bizsupCompleted({ workItems }, request({ from: FROM, to: TO, bucket: 'month', timezone })))).toBe(
          period
        );
        expect(period).toBe(completions.filter((t) => t !== undefined && t >= FROM && t < TO).length);
      }),
      { numRuns: 60 }
    );
  });
});
