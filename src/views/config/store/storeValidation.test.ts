import { BACKFILL_DAYS_RANGE, BUDGET_PERCENT_RANGE, INTERVAL_MINUTES_RANGE, wholeNumberError } from './storeValidation';

describe('wholeNumberError', () => {
  it.each([
    ['backfill days', BACKFILL_DAYS_RANGE, [undefined, 1, 180, 3650]],
    ['interval minutes', INTERVAL_MINUTES_RANGE, [undefined, 1, 60, 10080]],
    ['budget percent', BUDGET_PERCENT_RANGE, [undefined, 1, 20, 100]],
  ])('accepts empty and in-range whole %s', (_name, range, values) => {
    values.forEach((value) => expect(wholeNumberError(value, range)).toBeUndefined());
  });

  it.each([
    ['backfill days', BACKFILL_DAYS_RANGE, [0, -5, 1.5, 3651], 'Enter a whole number from 1 to 3650.'],
    ['interval minutes', INTERVAL_MINUTES_RANGE, [0, 2.5, 10081], 'Enter a whole number from 1 to 10080.'],
    ['budget percent', BUDGET_PERCENT_RANGE, [0, 12.5, 101, -1], 'Enter a whole number from 1 to 100.'],
  ])('rejects out-of-range or fractional %s', (_name, range, values, message) => {
    values.forEach((value) => expect(wholeNumberError(value, range)).toBe(message));
  });
});
