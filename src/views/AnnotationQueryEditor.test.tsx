import React, { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDataSource } from '../testing/createDataSource';
import type { FakeResourceOptions } from '../testing/fakeResources';
import type { TeamMetricsQuery } from '../types';
import { AnnotationQueryEditor } from './AnnotationQueryEditor';

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getTemplateSrv: () => ({ getVariables: () => [], replace: (v: string) => v }),
}));

function setup(query: TeamMetricsQuery = { refId: 'Anno' }, resources: FakeResourceOptions = {}) {
  const datasource = createDataSource(resources);
  const onChange = jest.fn();
  function Harness() {
    const [current, setCurrent] = useState(query);
    return (
      <AnnotationQueryEditor
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

describe('AnnotationQueryEditor', () => {
  it('starts with every event kind and offers a filter per dimension', async () => {
    const { lastQuery, user } = setup();
    expect(screen.getByText('Releases')).toBeInTheDocument();
    for (const label of ['Repository', 'Team', 'Person', 'Project', 'Environment', 'Service']) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    await waitFor(() => expect(screen.getAllByPlaceholderText(/^All .* values$/)).toHaveLength(6));
    await user.click(screen.getByLabelText('Project'));
    await user.click(await screen.findByRole('option', { name: 'Roadmap' }));
    expect(lastQuery()).toMatchObject({
      queryType: 'annotations',
      annotationKinds: ['release', 'deployment', 'incident'],
      filters: { project: ['roadmap'] },
    });
  });

  it('writes an annotations query with the chosen filter', async () => {
    const { lastQuery, user } = setup({ refId: 'Anno', annotationKinds: ['deployment'] });
    await user.click(screen.getByLabelText('Service'));
    await user.click(await screen.findByRole('option', { name: 'checkout' }));
    expect(lastQuery()).toEqual({
      refId: 'Anno',
      queryType: 'annotations',
      annotationKinds: ['deployment'],
      filters: { service: ['checkout'] },
    });
  });

  it('shows the error of a failing option list', async () => {
    setup(undefined, { failing: ['options/service'] });
    expect(
      await screen.findByText('Could not load service values: backend failed on options/service')
    ).toBeInTheDocument();
  });
});
