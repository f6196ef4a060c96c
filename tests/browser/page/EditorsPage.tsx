import React, { useState } from 'react';
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { DEFAULT_QUERY } from '../../../common/query';
import type { DataSource } from '../../../src/datasource';
import type { TeamMetricsSettings } from '../../../src/views/config/optionsUpdates';
import { ConfigEditor } from '../../../src/views/ConfigEditor';
import { QueryEditor } from '../../../src/views/QueryEditor';
import type { TeamMetricsQuery } from '../../../src/types';
import { publishState } from './pageState';

interface Props {
  datasource: DataSource;
  initialOptions: TeamMetricsSettings;
}

/** The query editor (as in a panel editor) above the config editor (as on the data source page). */
export function EditorsPage({ datasource, initialOptions }: Props) {
  const styles = useStyles2(getStyles);
  const [query, setQuery] = useState<TeamMetricsQuery>({ refId: 'A', ...DEFAULT_QUERY });
  const [options, setOptions] = useState(initialOptions);
  publishState({ query, options });

  return (
    <main className={styles.page}>
      <section className={styles.panel} data-testid="query-editor" aria-label="Query editor">
        <h2>Query editor</h2>
        <QueryEditor datasource={datasource} query={query} onChange={setQuery} onRunQuery={() => undefined} />
      </section>
      <section className={styles.panel} data-testid="config-editor" aria-label="Config editor">
        <h2>Config editor</h2>
        <ConfigEditor options={options} onOptionsChange={setOptions} />
      </section>
    </main>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({
    padding: theme.spacing(2),
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(2),
    maxWidth: 1200,
  }),
  panel: css({
    padding: theme.spacing(2),
    background: theme.colors.background.primary,
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
});
