import React, { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_QUERY } from '../../common/query';
import { createDataSource } from '../testing/createDataSource';
import type { FakeResourceOptions } from '../testing/fakeResources';
import type { TeamMetricsQuery } from '../types';
import { QueryEditor } from './QueryEditor';

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getTemplateSrv: () => ({ getVariables: () => [{ name: 'repo' }], replace: (v: string) => v }),
}));

function setup(query: Partial<TeamMetricsQuery>, resources: FakeResourceOptions = {}) {
  const datasource = createDataSource(resources);
  const onChange = jest.fn();
  const onRunQuery = jest.fn();
  function Harness() {
    const [current, setCurrent] = useState<TeamMetricsQuery>({ refId: 'A', ...query });
    return (
      <QueryEditor
        datasource={datasource}
        query={current}
        onChange={(next) => {
          onChange(next);
          setCurrent(next);
        }}
        onRunQuery={onRunQuery}
      />
    );
  }
  render(<Harness />);
  return { datasource, onChange, onRunQuery, user: userEvent.setup() };
}

describe('QueryEditor', () => {
  it('shows the default query: Deploy Frequency with its definition and filters', async () => {
    setup(new QueryEditorDefaults().query);
    expect(await screen.findByText('How often the team deploys to production.')).toBeInTheDocument();
    expect(screen.getByLabelText('Metric')).toHaveValue('Deploy Frequency');
    expect(screen.getByLabelText('Repository')).toBeInTheDocument();
    expect(screen.getByLabelText('Team')).toBeInTheDocument();
    expect(screen.queryByLabelText('Person')).not.toBeInTheDocument();
  });
});

class QueryEditorDefaults {
  query: Partial<TeamMetricsQuery> = { ...DEFAULT_QUERY };
}
void within;
void waitFor;
