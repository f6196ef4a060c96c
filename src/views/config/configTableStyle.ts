import type { GrafanaTheme2 } from '@grafana/data';

/** The config editor's tables (targets, sync status): ruled rows, muted headers; row headers styled per table. */
export function configTableStyle(
  theme: GrafanaTheme2,
  verticalAlign: 'middle' | 'top',
  rowHeader: Record<string, string | number>
) {
  return {
    borderCollapse: 'collapse' as const,
    'th, td': {
      padding: theme.spacing(0.5, 1),
      textAlign: 'left' as const,
      verticalAlign,
      borderBottom: `1px solid ${theme.colors.border.weak}`,
    },
    'thead th': {
      color: theme.colors.text.secondary,
      fontWeight: theme.typography.fontWeightMedium,
    },
    'tbody th[scope="row"]': {
      fontWeight: theme.typography.fontWeightRegular,
      ...rowHeader,
    },
  };
}
