import React, { useState } from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TeamMetricsSecureJsonData } from '../../common/settings';
import { fakeResource, type FakeResourceOptions } from '../testing/fakeResources';
import type { TeamMetricsOptions } from '../types';
import { ConfigEditor, type Props } from './ConfigEditor';
import type { TeamMetricsSettings } from './config/optionsUpdates';

const backendSrv = { get: jest.fn() };
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => backendSrv,
}));

/** Still required by the type, though deprecated; kept apart so the deprecation lint only sees plain data. */
const DEPRECATED_REQUIRED_FIELDS = { database: '' };

function settings(
  jsonData: TeamMetricsOptions = {},
  overrides: Partial<TeamMetricsSettings> = {}
): TeamMetricsSettings {
  return {
    ...DEPRECATED_REQUIRED_FIELDS,
    id: 1,
    uid: 'tm-uid',
    orgId: 1,
    name: 'Team Metrics',
    type: 'teammetrics-kpi-datasource',
    typeName: 'Team Metrics',
    typeLogoUrl: '',
    access: 'proxy',
    url: '',
    user: '',
    basicAuth: false,
    basicAuthUser: '',
    isDefault: false,
    readOnly: false,
    withCredentials: false,
    version: 1,
    jsonData,
    secureJsonFields: {},
    secureJsonData: {},
    ...overrides,
  };
}

/** Renders the editor as Grafana does: each onOptionsChange comes back as the new options prop. */
async function setup(initial: TeamMetricsSettings = settings(), resources: FakeResourceOptions = {}) {
  backendSrv.get.mockImplementation((url: string) =>
    fakeResource(url.replace(/^\/api\/datasources\/uid\/[^/]+\/resources\//, ''), resources)
  );
  const onOptionsChange = jest.fn<void, [TeamMetricsSettings]>();
  function Harness() {
    const [options, setOptions] = useState(initial);
    const props: Props = {
      options,
      onOptionsChange: (next) => {
        onOptionsChange(next);
        setOptions(next);
      },
    };
    return <ConfigEditor {...props} />;
  }
  render(<Harness />);
  // let the fake backend answer catalog and sources
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  const last = () => onOptionsChange.mock.lastCall![0];
  return { onOptionsChange, last, user: userEvent.setup({ delay: null }) };
}

describe('ConfigEditor', () => {
  beforeEach(() => backendSrv.get.mockReset());

  it('renders every section with no source configured', async () => {
    await setup();
    for (const title of ['Demo', 'GitHub', 'Asana', 'Notion', 'Google Analytics 4', 'HubSpot']) {
      expect(screen.getByLabelText(`Enable ${title}`)).not.toBeChecked();
    }
    for (const legend of [
      'Manual values',
      'Store & sync',
      'Engine options',
      'Time zone',
      'Cache',
      'Targets & owners',
    ]) {
      expect(screen.getByText(legend)).toBeInTheDocument();
    }
    expect(screen.queryByLabelText(/^Personal access token/)).not.toBeInTheDocument();
    expect(await screen.findByTestId('targets-table')).toBeInTheDocument();
  });

  it('renders configured sources with their scope, secrets as "configured" and backend status', async () => {
    await setup(
      settings(
        {
          github: { enabled: true, authType: 'pat', org: 'acme', repos: ['acme/api'] },
          hubspot: { enabled: true, openRateDenominator: 'sent' },
          demo: { enabled: true, seed: 7 },
        },
        { secureJsonFields: { githubToken: true } }
      )
    );
    expect(screen.getByLabelText('Enable GitHub')).toBeChecked();
    expect(screen.getByLabelText('Organisation')).toHaveValue('acme');
    expect(screen.getByText('acme/api')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Seed/)).toHaveValue(7);
    expect(
      screen.getByLabelText(/^Personal access token/, { selector: '#teammetrics-secret-githubToken' })
    ).toHaveValue('configured');
    expect(screen.getByLabelText('Sent')).toBeChecked();
    const github = screen.getByTestId('source-github');
    expect(await within(github).findByText('Error')).toBeInTheDocument();
    expect(within(screen.getByTestId('source-demo')).getByText('Connected')).toBeInTheDocument();
    expect(backendSrv.get).toHaveBeenCalledWith('/api/datasources/uid/tm-uid/resources/sources', undefined, undefined, {
      showErrorAlert: false,
    });
  });

  it('enabling a source writes jsonData and shows its fields', async () => {
    const { last, user } = await setup();
    await user.click(screen.getByLabelText('Enable GitHub'));
    expect(last().jsonData.github).toEqual({ enabled: true, authType: 'pat' });
    await user.click(screen.getByLabelText('GitHub App'));
    await user.type(screen.getByLabelText('App ID'), '42');
    expect(last().jsonData.github).toMatchObject({ authType: 'app', appId: '42' });
    expect(screen.getByLabelText(/^App private key/)).toBeInTheDocument();
  });

  it('typing a secret sends it in secureJsonData, never in jsonData', async () => {
    const { last, user } = await setup(settings({ notion: { enabled: true } }));
    await user.type(screen.getByLabelText(/^Integration token/), 'ntn_secret');
    expect(last().secureJsonData).toEqual({ notionToken: 'ntn_secret' } satisfies TeamMetricsSecureJsonData);
    expect(JSON.stringify(last().jsonData)).not.toContain('ntn_secret');
  });

  it('resetting a configured secret clears it: secureJsonFields false and an empty secureJsonData value', async () => {
    const { last, user } = await setup(
      settings({ asana: { enabled: true } }, { secureJsonFields: { asanaToken: true } })
    );
    expect(screen.getByLabelText(/^Personal access token/)).toHaveValue('configured');
    await user.click(screen.getByText('Reset'));
    expect(last().secureJsonFields).toEqual({ asanaToken: false });
    expect(last().secureJsonData).toEqual({ asanaToken: '' });
    expect(screen.getByLabelText(/^Personal access token/)).toHaveValue('');
  });

  it('targets table edits persist to jsonData.targets', async () => {
    const { last, user } = await setup(settings({ targets: { email_open_rate: { owner: 'CMO' } } }));
    const target = await screen.findByLabelText('Target for Deploy Frequency');
    expect(target).toHaveAttribute('placeholder', '10');
    await user.type(target, '12');
    await user.type(screen.getByLabelText('Owner of Deploy Frequency'), 'SRE');
    await user.type(screen.getByLabelText('Alert threshold for Deploy Frequency'), '5');
    expect(last().jsonData.targets).toEqual({
      email_open_rate: { owner: 'CMO' },
      deploy_frequency: { target: 12, owner: 'SRE', alertThreshold: 5 },
    });

    await user.clear(screen.getByLabelText('Owner of Email Open Rate'));
    expect(last().jsonData.targets).toEqual({ deploy_frequency: { target: 12, owner: 'SRE', alertThreshold: 5 } });
  });

  it('targets table sets a period from its picker', async () => {
    const { last, user } = await setup();
    await user.click(await screen.findByRole('combobox', { name: 'Period Lead Time for Changes' }));
    await user.click(await screen.findByRole('option', { name: 'month' }));
    expect(last().jsonData.targets).toEqual({ lead_time_for_changes: { period: 'month' } });
  });

  it('asks to save first when the data source has no uid yet', async () => {
    await setup(settings({}, { uid: '' }));
    // the targets table and the sync status both need the backend
    expect(screen.getAllByText('Save the data source first')).toHaveLength(2);
    expect(backendSrv.get).not.toHaveBeenCalled();
  });

  it('shows an error with a retry when the catalog cannot be loaded', async () => {
    const { user } = await setup(settings(), { failing: ['catalog'] });
    expect(await screen.findByText('Could not load the metric catalog')).toBeInTheDocument();
    expect(screen.getByText('backend failed on catalog')).toBeInTheDocument();
    await user.click(screen.getByText('Retry'));
    await waitFor(() =>
      expect(backendSrv.get.mock.calls.filter(([url]) => String(url).endsWith('/catalog'))).toHaveLength(2)
    );
  });

  it('edits engine options, time zone and cache TTL', async () => {
    const { last, user } = await setup();
    await user.click(screen.getByLabelText('DORA 2021'));
    await user.click(screen.getByLabelText('Explicit links only'));
    expect(last().jsonData.engine).toEqual({ tierPreset: '2021', incidentLinking: 'explicit_only' });
    await user.type(screen.getByLabelText(/^Cache TTL/), '600');
    expect(last().jsonData.cacheTtlSeconds).toBe(600);
    await user.click(screen.getByLabelText(/^Bucket time zone/));
    await user.keyboard('Europe/Berl');
    await user.click(await screen.findByRole('option', { name: 'Europe/Berlin' }));
    expect(last().jsonData.timezone).toBe('Europe/Berlin');
  });

  it('store & sync: PostgreSQL mode writes jsonData.store, its URL goes to secureJsonData; status from GET sync', async () => {
    const { last, user } = await setup(settings({ github: { enabled: true, authType: 'pat' } }));
    expect(await within(screen.getByTestId('sync-github')).findByText('OK')).toBeInTheDocument();
    await user.click(screen.getByLabelText('PostgreSQL'));
    await user.type(screen.getByLabelText('GitHub sync interval (minutes)'), '30');
    expect(last().jsonData.store).toEqual({ mode: 'postgres', intervalMinutes: { github: 30 } });
    await user.type(screen.getByLabelText(/^PostgreSQL URL/), 'postgres://db');
    expect(last().secureJsonData).toEqual({ storePostgresUrl: 'postgres://db' } satisfies TeamMetricsSecureJsonData);
  });

  it('adds a manual value for a catalog metric', async () => {
    const { last, user } = await setup();
    await screen.findByTestId('targets-table');
    await user.click(screen.getByText('Add value'));
    await user.click(screen.getByLabelText('Metric'));
    await user.click(await screen.findByRole('option', { name: /Email Open Rate/ }));
    await user.clear(screen.getByLabelText('Date'));
    await user.type(screen.getByLabelText('Date'), '2026-11-02');
    await user.type(screen.getByLabelText('Value'), '0.42');
    expect(last().jsonData.manualValues).toEqual([{ metricId: 'email_open_rate', date: '2026-11-02', value: 0.42 }]);
  });
});
