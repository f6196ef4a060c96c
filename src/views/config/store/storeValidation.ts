/**
 * Inline checks of the store's numbers. Each returns the message to show, or undefined when the value is
 * fine; an empty field (undefined) is always fine, it means "use the default".
 *
 * @example
 * positiveIntegerError(0) // 'Enter a whole number above 0.'
 * percentError(20) // undefined
 */
export function positiveIntegerError(value: number | undefined): string | undefined {
  if (value === undefined || (Number.isInteger(value) && value > 0)) {
    return undefined;
  }
  return 'Enter a whole number above 0.';
}

export function percentError(value: number | undefined): string | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= 1 && value <= 100)) {
    return undefined;
  }
  return 'Enter a whole number from 1 to 100.';
}
