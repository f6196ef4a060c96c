import type { Direction } from '../../../common/catalog/types';
import type { FieldConfig } from '../../protocol/frames/frame';

const GREEN = 'green';
const AMBER = 'orange';
const RED = 'red';
/** Default amber band: within 20% of the target on the wrong side. */
export const DEFAULT_WARN_FRACTION = 0.2;

/** 0.15000000000000002 → 0.15: thresholds are shown to people. */
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * Green/amber/red steps around a target. Higher-is-better: red below (1−w)·target, amber up to the target,
 * green at or above it. Lower-is-better: green up to the target, amber up to (1+w)·target, red above.
 */
export function targetThresholds(target: number, direction: Direction, warnFraction = DEFAULT_WARN_FRACTION): NonNullable<FieldConfig['thresholds']> {
  if (direction === 'higher_is_better') {
    return {
      mode: 'absolute',
      steps: [
        { value: null, color: RED },
        { value: tidy(target * (1 - warnFraction)), color: AMBER },
        { value: target, color: GREEN },
      ],
    };
  }
  return {
    mode: 'absolute',
    steps: [
      { value: null, color: GREEN },
      { value: target, color: AMBER },
      { value: tidy(target * (1 + warnFraction)), color: RED },
    ],
  };
}
