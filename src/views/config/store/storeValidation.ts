import type { WholeNumberRange } from '../../../../common/storeDefaults';

/** The ranges the backend accepts (backend/plugin/dataSourceConfig.ts); outside them it rejects the settings. */
export { BACKFILL_DAYS_RANGE, BUDGET_PERCENT_RANGE, INTERVAL_MINUTES_RANGE, type WholeNumberRange } from '../../../../common/storeDefaults';

/**
 * The inline error for a store number outside its range, or undefined when it is fine; an empty field
 * (undefined) is always fine, it means "use the default".
 *
 * @example
 * wholeNumberError(0, BUDGET_PERCENT_RANGE) // 'Enter a whole number from 1 to 100.'
 * wholeNumberError(20, BUDGET_PERCENT_RANGE) // undefined
 */
export function wholeNumberError(value: number | undefined, { min, max }: WholeNumberRange): string | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= min && value <= max)) {
    return undefined;
  }
  return `Enter a whole number from ${min} to ${max}.`;
}
