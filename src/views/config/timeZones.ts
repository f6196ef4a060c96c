import type { ComboboxOption } from '@grafana/ui';

/** IANA zones the browser knows, UTC first; empty when the runtime cannot list them. */
export function timeZoneOptions(): Array<ComboboxOption<string>> {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')].map((zone) => ({ value: zone, label: zone }));
}
