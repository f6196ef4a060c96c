/**
 * The PR phase instants as columns, for the phase durations of every PR (see prPhases): one pass reads the
 * records' timestamps once, and each duration metric then measures from the columns instead of reading every
 * record again.
 */
import type { ChangeRecord, RecordSet } from '../../../../../common/records';
import { changeColumnsOf, type ChangeTimes } from './changeColumns';
import type { ItemOf } from './durationMetric';

export type { ChangeTimes } from './changeColumns';

/**
 * The phase instants of the changes, or undefined when a record holds a NaN instant: NaN stands for "none" in
 * the columns, so such records are measured from the records themselves. Shared columns (see changeColumnsOf).
 */
export function changeTimesOf(changes: readonly ChangeRecord[]): ChangeTimes | undefined {
  return changeColumnsOf(changes).times;
}

/** The duration of change i from the columns; undefined where the phase does not apply. */
export type PhaseOf = (t: ChangeTimes, i: number) => number | undefined;

/**
 * A durationMetric `measure` over changes that measures from the shared columns with `phase`, or with
 * `ofRecord` (the same duration from the record) when the columns cannot represent the records.
 */
export function phaseMeasure(
  phase: PhaseOf,
  ofRecord: (c: ChangeRecord) => number | undefined
): (records: RecordSet) => (item: ItemOf<'changes'>, index: number) => number | undefined {
  return (records) => {
    const times = changeTimesOf(records.changes ?? []);
    return times === undefined ? ofRecord : (_c, i) => phase(times, i);
  };
}

/** Work start (first commit, else creation) and ready-for-review (else creation) of change i, as in prPhases. */
const workStart = (t: ChangeTimes, i: number): number => (Number.isNaN(t.firstCommitAt[i]) ? t.createdAt[i] : t.firstCommitAt[i]);
const readyAt = (t: ChangeTimes, i: number): number => (Number.isNaN(t.readyForReviewAt[i]) ? t.createdAt[i] : t.readyForReviewAt[i]);

/** cycleTimeMs from the columns. */
export const cyclePhase: PhaseOf = (t, i) => (Number.isNaN(t.mergedAt[i]) ? undefined : t.mergedAt[i] - workStart(t, i));

/** codingTimeMs from the columns. */
export const codingPhase: PhaseOf = (t, i) => (Number.isNaN(t.mergedAt[i]) ? undefined : Math.max(0, readyAt(t, i) - workStart(t, i)));

/** pickupTimeMs from the columns. */
export const pickupPhase: PhaseOf = (t, i) =>
  Number.isNaN(t.mergedAt[i]) || Number.isNaN(t.firstReviewAt[i]) ? undefined : Math.max(0, t.firstReviewAt[i] - readyAt(t, i));

/** reviewTimeMs from the columns. */
export const reviewPhase: PhaseOf = (t, i) =>
  Number.isNaN(t.mergedAt[i]) || Number.isNaN(t.firstReviewAt[i]) ? undefined : Math.max(0, t.mergedAt[i] - t.firstReviewAt[i]);

/** Time to first review (first review − ready, at least 0) from the columns. */
export const firstReviewPhase: PhaseOf = (t, i) =>
  Number.isNaN(t.firstReviewAt[i]) ? undefined : Math.max(0, t.firstReviewAt[i] - readyAt(t, i));
