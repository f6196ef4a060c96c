import React, { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDataSource } from '../testing/createDataSource';
import type { TeamMetricsQuery } from '../types';
import { VariableQueryEditor } from './VariableQueryEditor';

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getTemplateSrv: () => ({ getVariables: () => [{ name: 'team' }], replace: (v: string) => v }),
}));

function setup(query: TeamMetricsQuery) {
  const datasource = createDataSource();
  const onChange = jest.fn();
  function Harness() {
    const [current, setCurrent] = useState(query);
    return (
      <VariableQueryEditor
        datasource={datasource}
        query={current}
        onRunQuery={jest.fn()}
        onChange={(next) => {
          onChange(next);
          setCurrent(next);
        }}
      />
    );
  }
  render(<Harness />);
  return {
    onChange,
    lastQuery: (): TeamMetricsQuery => onChange.mock.lastCall?.[0],
    user: userEvent.setup({ delay: null }),
  };
}

describe('VariableQueryEditor', () => {
  it('stores the default variable query (repositories) for a new variable', () => {
    const { lastQuery } = setup({ refId: 'variable' });
    expect(lastQuery()).toEqual({ refId: 'variable', queryType: 'variable', variableKind: 'repo', filters: {} });
    expect(screen.getByLabelText('Values of')).toHaveValue('Repository');
    expect(screen.queryByLabelText('Repository')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Team')).toBeInTheDocument();
  });

  it('changing the kind resets the filters and offers the other dimensions', async () => {
    const { lastQuery, user } = setup({
      refId: 'variable',
      queryType: 'variable',
      variableKind: 'repo',
      filters: { team: ['core'] },
    });
    await user.click(screen.getByLabelText('Values of'));
    await user.click(await screen.findByRole('option', { name: 'Person' }));
    expect(lastQuery()).toMatchObject({ variableKind: 'person', filters: {} });
    expect(screen.getByLabelText('Repository')).toBeInTheDocument();
  });

  it('narrows by another variable, e.g. people of $team', async () => {
    const { lastQuery, user } = setup({
      refId: 'variable',
      queryType: 'variable',
      variableKind: 'person',
      filters: {},
    });
    await user.click(screen.getByLabelText('Team'));
    await user.click(await screen.findByRole('option', { name: /\$team/ }));
    expect(lastQuery().filters).toEqual({ team: ['$team'] });
  });

  it('lists metrics without filters', () => {
    setup({ refId: 'variable', queryType: 'variable', variableKind: 'metric' });
    expect(screen.queryByLabelText('Team')).not.toBeInTheDocument();
  });
});
