/** Go-template text that prints a reduced value in the metric's unit, for rule annotations. */
export function valueTemplate(refId: string, unit: string): string {
  const value = `$values.${refId}.Value`;
  switch (unit) {
    case 'percentunit':
      return `{{ humanizePercentage ${value} }}`;
    case 'h':
    case 'd':
    case 's':
      return `{{ printf "%.1f" ${value} }} ${unit}`;
    default:
      return `{{ printf "%.1f" ${value} }}`;
  }
}
