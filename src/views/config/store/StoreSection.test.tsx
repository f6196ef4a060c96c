import React, { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreSettings } from '../../../../common/settings';
import type { SyncStatusResponse } from '../../../../common/syncStatus';
import { syncStatusFixture } from '../../../testing/syncStatusFixture';
import type { SecretsProps } from '../secrets';
import { StoreSection } from './StoreSection';
import { SYNCED_SOURCES } from './syncedSources';
import { useSyncStatus } from './useSyncStatus';

const backendSrv = { get: jest.fn(), post: jest.fn() };
jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  getBackendSrv: () => backendSrv,
}));

const SYNC_URL = '/api/datasources/uid/tm-uid/resources/sync';
const NO_ALERT = { showErrorAlert: false };
const NOW = Date.now();
const backendError = (message: string) => ({ status: 500, data: { message } });

interface SetupOptions {
  settings?: StoreSettings;
  uid?: string;
  /** Enabled live sources; default GitHub and Asana. */
  enabled?: string[];
  status?: SyncStatusResponse;
  /** GET sync rejects with this backend message. */
  getFails?: string;
  secrets?: Partial<SecretsProps>;
}

function setup(options: SetupOptions = {}) {
  const { settings, uid = 'tm-uid', enabled = ['github', 'asana'], status, getFails, secrets = {} } = options;
  if (getFails) {
    backendSrv.get.mockRejectedValue(backendError(getFails));
  } else {
    backendSrv.get.mockResolvedValue(status ?? syncStatusFixture(NOW));
  }
  const onChange = jest.fn<void, [StoreSettings]>();
  const allSecrets: SecretsProps = {
    isConfigured: () => false,
    value: () => '',
    onChange: jest.fn(),
    onReset: jest.fn(),
    ...secrets,
  };
  function Harness() {
    const [store, setStore] = useState(settings);
    const sync = useSyncStatus(uid);
    return (
      <StoreSection
        settings={store}
        onChange={(next) => {
          onChange(next);
          setStore(next);
        }}
        secrets={allSecrets}
        sources={SYNCED_SOURCES.filter((source) => enabled.includes(source.name))}
        sync={sync}
      />
    );
  }
  render(<Harness />);
  return {
    onChange,
    last: () => onChange.mock.lastCall![0],
    secrets: allSecrets,
    user: userEvent.setup({ delay: null }),
  };
}

describe('StoreSection settings', () => {
  beforeEach(() => {
    backendSrv.get.mockReset();
    backendSrv.post.mockReset();
  });

  it('renders the defaults: embedded store, default path, backfill, budget and intervals as placeholders', async () => {
    setup();
    expect(screen.getByLabelText('Embedded')).toBeChecked();
    expect(screen.getByLabelText(/^Store directory/)).toHaveAttribute(
      'placeholder',
      '<Grafana data directory>/teammetrics'
    );
    expect(screen.getByLabelText(/^Backfill \(days\)/)).toHaveAttribute('placeholder', '180');
    expect(screen.getByLabelText(/^GitHub budget/)).toHaveAttribute('placeholder', '20');
    expect(screen.getByLabelText('GitHub sync interval (minutes)')).toHaveAttribute('placeholder', '60');
    expect(screen.getByLabelText('Asana sync interval (minutes)')).toHaveAttribute('placeholder', '1440');
    expect(screen.queryByLabelText('HubSpot sync interval (minutes)')).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^PostgreSQL URL/)).not.toBeInTheDocument();
    await screen.findByTestId('sync-status-table');
  });

  it('shows no GitHub budget without GitHub, and a hint instead of intervals without live sources', async () => {
    setup({ enabled: [] });
    expect(screen.queryByLabelText(/^GitHub budget/)).not.toBeInTheDocument();
    expect(screen.getByText(/Enable a live source above/)).toBeInTheDocument();
    await screen.findByTestId('sync-status-table');
  });

  it('PostgreSQL mode writes store.mode, hides the directory and asks for the URL as a secret', async () => {
    const { last, user, secrets } = setup({ settings: { path: '/data/tm' } });
    await user.click(screen.getByLabelText('PostgreSQL'));
    expect(last()).toEqual({ mode: 'postgres', path: '/data/tm' });
    expect(screen.queryByLabelText(/^Store directory/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^PostgreSQL URL/), 'p');
    expect(secrets.onChange).toHaveBeenLastCalledWith('storePostgresUrl', 'p');
  });

  it('a configured PostgreSQL URL shows "configured" and can be reset', async () => {
    const { user, secrets } = setup({
      settings: { mode: 'postgres' },
      secrets: { isConfigured: (key) => key === 'storePostgresUrl' },
    });
    expect(screen.getByLabelText(/^PostgreSQL URL/)).toHaveValue('configured');
    await user.click(screen.getByText('Reset'));
    expect(secrets.onReset).toHaveBeenCalledWith('storePostgresUrl');
  });

  it('Off hides the sync schedule', async () => {
    const { last, user } = setup();
    await user.click(screen.getByLabelText('Off'));
    expect(last()).toEqual({ mode: 'off' });
    expect(screen.queryByLabelText(/^Backfill/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText('GitHub sync interval (minutes)')).not.toBeInTheDocument();
  });

  it('writes valid numbers and shows inline errors for invalid ones', async () => {
    const { last, user } = setup();
    await user.type(screen.getByLabelText(/^Backfill/), '0');
    expect(screen.getByText('Enter a whole number from 1 to 3650.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/^Backfill/));
    await user.type(screen.getByLabelText(/^Backfill/), '90');
    expect(screen.queryByText('Enter a whole number from 1 to 3650.')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText(/^GitHub budget/), '150');
    expect(screen.getByText('Enter a whole number from 1 to 100.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Asana sync interval (minutes)'), '1.5');
    expect(screen.getByText('Enter a whole number from 1 to 10080.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('GitHub sync interval (minutes)'), '30');
    // kept as typed so it can be corrected; the errors say what to fix before saving
    expect(last()).toEqual({
      backfillDays: 90,
      githubBudgetPercent: 150,
      intervalMinutes: { asana: 1.5, github: 30 },
    });
  });

  it('clearing the last interval removes intervalMinutes', async () => {
    const { last, user } = setup({ settings: { intervalMinutes: { github: 15 } } });
    expect(screen.getByLabelText('GitHub sync interval (minutes)')).toHaveValue(15);
    await user.clear(screen.getByLabelText('GitHub sync interval (minutes)'));
    expect(last()).toEqual({ intervalMinutes: undefined });
  });
});

describe('StoreSection sync status', () => {
  beforeEach(() => {
    backendSrv.get.mockReset();
    backendSrv.post.mockReset();
  });

  it('renders GET sync: store location, state badges, timing, counts, requests and the last error', async () => {
    setup();
    const github = await screen.findByTestId('sync-github');
    expect(backendSrv.get).toHaveBeenCalledWith(SYNC_URL, undefined, undefined, NO_ALERT);
    expect(screen.getByText('Embedded store at /var/lib/grafana/teammetrics.')).toBeInTheDocument();

    expect(within(github).getByText('OK')).toBeInTheDocument();
    const lastSuccess = within(github).getByText('5 minutes ago');
    expect(lastSuccess).toHaveAttribute('title', new Date(NOW - 5 * 60_000).toISOString());
    expect(within(github).getByText('in an hour')).toBeInTheDocument();
    expect(within(github).getByText('changes 412')).toBeInTheDocument();
    expect(within(github).getByText('reviews 960')).toBeInTheDocument();
    expect(within(github).getByText('140 / 1000')).toBeInTheDocument();

    const asana = screen.getByTestId('sync-asana');
    expect(within(asana).getByText('Backfilling 42%')).toBeInTheDocument();
    expect(within(asana).getByText('work items 250')).toBeInTheDocument();
    expect(within(asana).getByText('35')).toBeInTheDocument();

    const hubspot = screen.getByTestId('sync-hubspot');
    expect(within(hubspot).getByText('Failed')).toBeInTheDocument();
    expect(within(hubspot).getByText('3 days ago')).toBeInTheDocument();
    expect(
      within(hubspot).getByText('HubSpot rejected the token (401): check the private app token.')
    ).toBeInTheDocument();
  });

  it('labels the other states: syncing, stale and synced elsewhere', async () => {
    const base = syncStatusFixture(NOW).sources[0];
    setup({
      status: {
        store: { mode: 'postgres', location: 'db.internal/teammetrics' },
        sources: [
          { ...base, source: 'github', title: 'GitHub', state: 'syncing' },
          {
            ...base,
            source: 'notion',
            title: 'Notion',
            state: 'stale',
            nextRunAt: new Date(NOW - 60_000).toISOString(),
          },
          { ...base, source: 'ga4', title: 'Google Analytics 4', state: 'synced_elsewhere', nextRunAt: undefined },
        ],
      },
    });
    expect(await screen.findByText('Syncing')).toBeInTheDocument();
    expect(screen.getByText('Stale')).toBeInTheDocument();
    expect(within(screen.getByTestId('sync-notion')).getByText('due')).toBeInTheDocument();
    expect(screen.getByText('Synced elsewhere')).toBeInTheDocument();
    expect(screen.getByText('PostgreSQL store at db.internal/teammetrics.')).toBeInTheDocument();
  });

  it('"Sync now" posts sync/github and shows the status it answers', async () => {
    const { user } = setup();
    const github = await screen.findByTestId('sync-github');
    const answered = syncStatusFixture(NOW);
    answered.sources[0] = { ...answered.sources[0], state: 'syncing', counts: { changes: 413 } };
    backendSrv.post.mockResolvedValue(answered);

    await user.click(within(github).getByRole('button', { name: 'Sync GitHub now' }));
    expect(backendSrv.post).toHaveBeenCalledWith(`${SYNC_URL}/github`, undefined, NO_ALERT);
    expect(await within(screen.getByTestId('sync-github')).findByText('Syncing')).toBeInTheDocument();
    expect(within(screen.getByTestId('sync-github')).getByText('changes 413')).toBeInTheDocument();
    expect(backendSrv.get).toHaveBeenCalledTimes(1);
  });

  it('Refresh asks GET sync again and shows the new answer', async () => {
    const { user } = setup();
    await screen.findByTestId('sync-github');
    backendSrv.get.mockResolvedValue({ store: { mode: 'off' }, sources: [] });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('The store is off: every refresh calls the providers.')).toBeInTheDocument();
    expect(screen.queryByTestId('sync-status-table')).not.toBeInTheDocument();
    expect(backendSrv.get).toHaveBeenCalledTimes(2);
  });

  it('a failing GET sync shows an Alert and leaves the settings usable', async () => {
    const { last, user } = setup({ getFails: 'store unavailable' });
    expect(await screen.findByText('Could not load the sync status')).toBeInTheDocument();
    expect(screen.getByText('store unavailable')).toBeInTheDocument();
    await user.click(screen.getByLabelText('PostgreSQL'));
    expect(last()).toEqual({ mode: 'postgres' });
  });

  it('a failing "Sync now" shows an Alert and keeps the last status', async () => {
    const { user } = setup();
    const github = await screen.findByTestId('sync-github');
    backendSrv.post.mockRejectedValue(backendError('sync lock held by another instance'));
    await user.click(within(github).getByRole('button', { name: 'Sync GitHub now' }));
    expect(await screen.findByText('Could not start syncing GitHub')).toBeInTheDocument();
    expect(screen.getByText('sync lock held by another instance')).toBeInTheDocument();
    expect(within(screen.getByTestId('sync-github')).getByText('OK')).toBeInTheDocument();
  });

  it('asks to save first when the data source has no uid yet', async () => {
    setup({ uid: '' });
    expect(screen.getByText('Save the data source first')).toBeInTheDocument();
    await waitFor(() => expect(backendSrv.get).not.toHaveBeenCalled());
  });
});
