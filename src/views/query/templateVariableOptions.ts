import { getTemplateSrv } from '@grafana/runtime';
import type { ComboboxOption } from '@grafana/ui';

/** Dashboard variables as `$name` options, so they can be picked as filter values. Empty outside a dashboard. */
export function templateVariableOptions(): Array<ComboboxOption<string>> {
  const templateSrv = getTemplateSrv();
  if (!templateSrv) {
    return [];
  }
  return templateSrv.getVariables().map((variable) => ({
    value: `$${variable.name}`,
    label: `$${variable.name}`,
    description: 'Dashboard variable',
  }));
}
