import type { RecordSet } from '../../../../common/records';
import { failureRecords } from './failureFixture';

/** The failure fixture without some deployments. */
export function failureFixtureWithout(...ids: string[]): RecordSet {
  return { ...failureRecords, deployments: (failureRecords.deployments ?? []).filter((d) => !ids.includes(d.id)) };
}
