/**
 * Builds the record sources a data source's settings switch on. Live providers are loaded lazily (their SDKs
 * only when a data source enables them), the demo and manual sources directly.
 */
import type { RecordKind, SourceName } from '../../common/records';
import type { TeamMetricsJsonData } from '../../common/settings';
import { ASANA_MAX_PROVIDES } from './asana/provides';
import { DemoSource } from './demo/demoSource';
import { GA4_PROVIDES } from './ga4/provides';
import { GITHUB_PROVIDES } from './github/provides';
import { HUBSPOT_PROVIDES } from './hubspot/provides';
import { LazySource } from './lazySource';
import { createManualSource } from './manual';
import { NOTION_PROVIDES } from './notion/provides';
import type { RecordSource, SourceFactory, SourceSettings } from './types';

interface ProviderEntry {
  name: SourceName;
  title: string;
  enabled: (j: TeamMetricsJsonData) => boolean;
  /** The most the provider can provide; its settings may narrow it. */
  provides: readonly RecordKind[];
  factory: () => Promise<SourceFactory>;
}

const LIVE_PROVIDERS: ProviderEntry[] = [
  {
    name: 'github',
    title: 'GitHub',
    enabled: (j) => Boolean(j.github?.enabled),
    provides: GITHUB_PROVIDES,
    factory: async () => (await import('./github')).createGitHubSource,
  },
  {
    name: 'asana',
    title: 'Asana',
    enabled: (j) => Boolean(j.asana?.enabled),
    provides: ASANA_MAX_PROVIDES,
    factory: async () => (await import('./asana')).createAsanaSource,
  },
  {
    name: 'notion',
    title: 'Notion',
    enabled: (j) => Boolean(j.notion?.enabled),
    provides: NOTION_PROVIDES,
    factory: async () => (await import('./notion')).createNotionSource,
  },
  {
    name: 'ga4',
    title: 'Google Analytics 4',
    enabled: (j) => Boolean(j.ga4?.enabled),
    provides: GA4_PROVIDES,
    factory: async () => (await import('./ga4')).createGa4Source,
  },
  {
    name: 'hubspot',
    title: 'HubSpot',
    enabled: (j) => Boolean(j.hubspot?.enabled),
    provides: HUBSPOT_PROVIDES,
    factory: async () => (await import('./hubspot')).createHubSpotSource,
  },
];

const hasManualValues = (j: TeamMetricsJsonData) => (j.manualValues ?? []).length > 0;

/** The demo source is on when asked for, or when nothing real is configured (a fresh install shows data). */
export function demoEnabled(j: TeamMetricsJsonData): boolean {
  return j.demo ? j.demo.enabled : !LIVE_PROVIDERS.some((p) => p.enabled(j)) && !hasManualValues(j);
}

export function createSources(settings: SourceSettings): RecordSource[] {
  const j = settings.jsonData;
  const sources: RecordSource[] = [];
  if (demoEnabled(j)) {
    // Real manual values are never mixed with the demo's invented ones.
    sources.push(new DemoSource(j.demo?.seed, hasManualValues(j) ? ['manualValues'] : []));
  }
  if (hasManualValues(j)) {
    sources.push(createManualSource(settings));
  }
  for (const provider of LIVE_PROVIDERS.filter((p) => p.enabled(j))) {
    sources.push(
      new LazySource(provider.name, provider.title, provider.provides, async () => (await provider.factory())(settings))
    );
  }
  return sources;
}
