/**
 * Data source settings: `jsonData` (visible to the browser) and the names of `secureJsonData` keys
 * (write-only from the browser, decrypted only in the backend). Secrets never go in jsonData.
 */
import type { TierPreset } from './catalog/types';

export interface DemoSettings {
  enabled: boolean;
  /** Seed of the synthetic organisation; same seed, same data. */
  seed?: number;
}

export interface GitHubSettings {
  enabled: boolean;
  authType: 'pat' | 'app';
  /** GitHub Enterprise Server API URL, e.g. https://ghe.example.com/api/v3. Empty = github.com. */
  baseUrl?: string;
  appId?: string;
  installationId?: string;
  org?: string;
  repos?: string[];
  /** Glob-like patterns, e.g. "acme/service-*". */
  repoPatterns?: string[];
  /** Regex (case-insensitive) of deployment environments that count as production. Default ^prod(uction)?$. */
  productionEnvironmentPattern?: string;
  /** Regex of deploy workflow names or paths; when set, their runs on the default branch are the deployments. */
  deployWorkflowPattern?: string;
  /** Issue labels: bug → WorkItem 'bug' (default "bug"), tech debt → 'tech_debt' ("tech-debt"), incident → IncidentRecord ("incident"). */
  bugLabel?: string;
  techDebtLabel?: string;
  incidentLabel?: string;
  teamsFrom?: 'github' | 'mapping';
  /** login → team, when teamsFrom = mapping. */
  teamMapping?: Record<string, string>;
}

export interface AsanaSettings {
  enabled: boolean;
  workspaceGid?: string;
  /** metric id → project gid and the rule that counts an item. */
  metricProjects?: Record<string, { projectGid: string; rule: 'completed' | 'section' | 'custom_field' | 'tag'; value?: string }>;
  pointsField?: string;
  /** Where sprints come from in the sprint_velocity project: its sections or an enum custom field (sprintField). */
  sprintSource?: 'section' | 'custom_field';
  /** Enum custom field naming the sprint, when sprintSource = custom_field. Sprint names carry dates "YYYY-MM-DD – YYYY-MM-DD". */
  sprintField?: string;
  /** Advanced: for proxies. Asana API base URL, default https://app.asana.com/api/1.0. */
  apiUrl?: string;
}

export interface NotionSettings {
  enabled: boolean;
  prdDataSourceId?: string;
  fsdDataSourceId?: string;
  statusProperty?: string;
  doneValue?: string;
  dateBasis?: 'created' | 'completed';
  /** Date property holding the completion date; default the page's last edit while it is done. */
  completedDateProperty?: string;
  /** Advanced: for proxies. Notion API base URL, default https://api.notion.com. */
  apiUrl?: string;
}

export interface Ga4Settings {
  enabled: boolean;
  propertyId?: string;
  /** Also split rows by page path (more rows, more quota). */
  includePagePath?: boolean;
  /** Advanced: Data API host[:port] or URL (a proxy, or a local double in tests). Empty = Google's. */
  apiEndpoint?: string;
}

export interface HubSpotSettings {
  enabled: boolean;
  openRateDenominator?: 'delivered' | 'sent';
  /** Advanced: API base URL (a proxy, or a local double in tests). Empty = https://api.hubapi.com. */
  basePath?: string;
}

export interface ManualValueSetting {
  metricId: string;
  /** ISO date (YYYY-MM-DD) in the data source time zone. */
  date: string;
  value: number;
  team?: string;
}

export interface MetricOverride {
  target?: number;
  period?: string;
  owner?: string;
  alertThreshold?: number;
}

export interface EngineSettings {
  tierPreset?: TierPreset;
  featureReleaseDefinition?: 'releases' | 'tags' | 'merged_prs_default_branch' | 'production_deployments';
  scopedStatus?: string;
  incidentLinking?: 'explicit_only' | 'last_deployment_before';
}

/** Sources the store keeps: the live providers (demo and manual values are local and never synced). */
export type SyncedSourceName = 'github' | 'asana' | 'notion' | 'ga4' | 'hubspot';

export interface StoreSettings {
  /**
   * embedded (default): SQLite file inside the plugin process; postgres: a shared PostgreSQL database (several
   * Grafana instances, one syncs at a time); off: every refresh calls the providers (no store).
   */
  mode?: 'embedded' | 'postgres' | 'off';
  /** Directory of the embedded store; default <Grafana data dir>/teammetrics (next to the plugins folder). */
  path?: string;
  /** First-run backfill, days (default 180). */
  backfillDays?: number;
  /** Minutes between syncs per source; defaults: GitHub 60, the others 1440 (daily). */
  intervalMinutes?: Partial<Record<SyncedSourceName, number>>;
  /** Share of GitHub's hourly rate limit the sync may use, percent (default 20). */
  githubBudgetPercent?: number;
}

export interface TeamMetricsJsonData {
  /** IANA time zone for buckets ("month", "week"), default UTC. */
  timezone?: string;
  cacheTtlSeconds?: number;
  demo?: DemoSettings;
  github?: GitHubSettings;
  asana?: AsanaSettings;
  notion?: NotionSettings;
  ga4?: Ga4Settings;
  hubspot?: HubSpotSettings;
  manualValues?: ManualValueSetting[];
  /** metric id → overrides of the catalog's target, period, owner and alert threshold. */
  targets?: Record<string, MetricOverride>;
  engine?: EngineSettings;
  store?: StoreSettings;
}

export const SECURE_KEYS = [
  'githubToken',
  'githubPrivateKey',
  'asanaToken',
  'notionToken',
  'ga4ServiceAccountKey',
  'hubspotToken',
  /** postgres://user:password@host:5432/db for store.mode = postgres. */
  'storePostgresUrl',
] as const;
export type SecureKey = (typeof SECURE_KEYS)[number];
export type TeamMetricsSecureJsonData = Partial<Record<SecureKey, string>>;
