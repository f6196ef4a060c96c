import type { RecordKind, RecordSet } from '../../../common/records';

/**
 * The needed record kinds that are undefined in the record set (source not set up). An empty array is
 * present: the source is set up and returned nothing.
 *
 * @example missingKinds({ changes: [] }, ['changes', 'deployments']) // ['deployments']
 */
export function missingKinds(records: RecordSet, needs: readonly RecordKind[]): RecordKind[] {
  return needs.filter((kind) => records[kind] === undefined);
}
