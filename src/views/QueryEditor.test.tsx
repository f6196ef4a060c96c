import React, { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
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

/** Renders the editor the way Grafana does: every onChange comes back as the new query prop. */
function setup(query: Partial<TeamMetricsQuery> = { ...DEFAULT_QUERY }, resources: FakeResourceOptions = {}) {
  const datasource = createDataSource(resources);
  const getResource = jest.spyOn(datasource, 'getResource');
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
  const lastQuery = (): TeamMetricsQuery => onChange.mock.lastCall?.[0];
  return { getResource, onChange, onRunQuery, lastQuery, user: userEvent.setup() };
}

describe('QueryEditor', () => {
  it('shows the default query: Deploy Frequency, its definition and the filters it supports', async () => {
    setup();
    expect(await screen.findByText('How often the team deploys to production.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Metric' })).toHaveValue('Deploy Frequency');
    for (const label of ['Repository', 'Team', 'Environment', 'Service']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.queryByLabelText('Person')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Week' })).toBeChecked();
  });

  it('lists filter values from GET options/<kind> plus dashboard variables, and selecting one runs the query', async () => {
    const { getResource, lastQuery, onRunQuery, user } = setup();
    await user.click(await screen.findByLabelText('Repository'));
    expect(await screen.findByRole('option', { name: 'acme/web' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /\$repo/ })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'acme/api' }));

    expect(lastQuery().filters).toEqual({ repo: ['acme/api'] });
    expect(onRunQuery).toHaveBeenCalled();
    expect(getResource).toHaveBeenCalledWith('options/repo', {});
    await waitFor(() => expect(getResource).toHaveBeenCalledWith('options/team', { repo: 'acme/api' }));
  });

  it('accepts a typed template variable as a custom filter value', async () => {
    const { lastQuery, user } = setup();
    await user.click(await screen.findByLabelText('Team'));
    await user.keyboard('$team');
    await user.click(await screen.findByRole('option', { name: /Use custom value/ }));
    expect(lastQuery().filters).toEqual({ team: ['$team'] });
  });

  it('switching metric keeps only the filters the new metric supports', async () => {
    const { lastQuery, user } = setup({
      ...DEFAULT_QUERY,
      filters: { repo: ['acme/api'], environment: ['production'] },
      groupBy: 'environment',
    });
    await user.click(await screen.findByRole('combobox', { name: 'Metric' }));
    await user.keyboard('PR cycle');
    await user.click(await screen.findByRole('option', { name: /PR Cycle Time/ }));

    expect(lastQuery()).toMatchObject({ metric: 'pr_cycle_time', filters: { repo: ['acme/api'] }, groupBy: 'none' });
    expect(await screen.findByText('Time from opening a pull request to merging it.')).toBeInTheDocument();
    expect(screen.getByLabelText('Person')).toBeInTheDocument();
    expect(screen.queryByLabelText('Environment')).not.toBeInTheDocument();
  });

  it('groups the metric picker by department and family', async () => {
    const { user } = setup();
    await user.click(await screen.findByRole('combobox', { name: 'Metric' }));
    expect(await screen.findByText('Engineering › DORA')).toBeInTheDocument();
    expect(screen.getByText('Marketing › Email')).toBeInTheDocument();
  });

  it('asks for baseline periods only for baseline and anomaly comparisons', async () => {
    const { lastQuery, user } = setup();
    await screen.findByText('How often the team deploys to production.');
    expect(screen.queryByLabelText('Baseline periods')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Anomaly flag' }));
    expect(lastQuery().comparison).toBe('anomaly');
    await user.type(screen.getByLabelText('Baseline periods'), '12');
    expect(lastQuery()).toMatchObject({ comparison: 'anomaly', baselinePeriods: 12 });
  });

  it('shows an error with a retry when the catalog cannot be loaded', async () => {
    const { getResource, user } = setup(DEFAULT_QUERY, { failing: ['catalog'] });
    expect(await screen.findByText('Could not load the metric catalog')).toBeInTheDocument();
    expect(screen.getByText('backend failed on catalog')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(getResource.mock.calls.filter(([path]) => path === 'catalog')).toHaveLength(2));
  });

  it('shows an error on a filter whose options cannot be loaded, and keeps it usable', async () => {
    const { lastQuery, user } = setup(DEFAULT_QUERY, { failing: ['options/repo'] });
    expect(
      await screen.findByText('Could not load repository values: backend failed on options/repo')
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('Repository'));
    await user.keyboard('acme/legacy');
    await user.click(await screen.findByRole('option', { name: /Use custom value/ }));
    expect(lastQuery().filters).toEqual({ repo: ['acme/legacy'] });
  });

  it('switches to a demo scenario and edits its series count', async () => {
    const { lastQuery, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Demo table' }));
    expect(lastQuery().queryType).toBe('demo_table');
    await user.type(screen.getByLabelText('Series'), '3');
    expect(lastQuery().seriesCount).toBe(3);
  });
});
