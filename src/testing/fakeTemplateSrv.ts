import type { ScopedVars } from '@grafana/data';

/**
 * A stand-in for Grafana's TemplateSrv.replace: `$name` and `${name}` become the variable's value,
 * passed through `format` (which receives an array for multi-value variables, as in Grafana).
 */
export function fakeReplace(variables: Record<string, string | string[]>) {
  return (target: string, scopedVars: ScopedVars = {}, format?: string | ((value: unknown) => string)) =>
    target.replace(/\$\{(\w+)\}|\$(\w+)/g, (match, braced: string | undefined, plain: string | undefined) => {
      const name = braced ?? plain ?? '';
      const scoped = scopedVars[name]?.value as string | string[] | undefined;
      const value = scoped ?? variables[name];
      if (value === undefined) {
        return match;
      }
      if (typeof format === 'function') {
        return format(value);
      }
      return Array.isArray(value) ? `{${value.join(',')}}` : value;
    });
}
