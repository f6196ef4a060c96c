/**
 * Builds the record sources a data source's settings switch on. A provider whose client is not in this
 * build is reported as unavailable (Save & test says so) instead of being silently ignored.
 */
import type { SourceName } from '../../common/records';
import type { TeamMetricsJsonData } from '../../common/settings';
import { createAsanaSource } from './asana';
import { DemoSource } from './demo/demoSource';
import { createGa4Source } from './ga4';
import { createGitHubSource } from './github';
import { createHubSpotSource } from './hubspot';
import { createManualSource } from './manual';
import { createNotionSource } from './notion';
import type { RecordSource, SourceFactory, SourceSettings } from './types';

export interface UnavailableSource {
  name: SourceName;
  title: string;
  message: string;
}

interface ProviderEntry {
  name: SourceName;
  title: string;
  enabled: (j: TeamMetricsJsonData) => boolean;
  /** Undefined while the provider's client is not part of this build. */
  create?: SourceFactory;
}

const LIVE_PROVIDERS: ProviderEntry[] = [
  { name: 'github', title: 'GitHub', enabled: (j) => Boolean(j.github?.enabled), create: createGitHubSource },
  { name: 'asana', title: 'Asana', enabled: (j) => Boolean(j.asana?.enabled), create: createAsanaSource },
  { name: 'notion', title: 'Notion', enabled: (j) => Boolean(j.notion?.enabled), create: createNotionSource },
  { name: 'ga4', title: 'Google Analytics 4', enabled: (j) => Boolean(j.ga4?.enabled), create: createGa4Source },
  { name: 'hubspot', title: 'HubSpot', enabled: (j) => Boolean(j.hubspot?.enabled), create: createHubSpotSource },
];

const hasManualValues = (j: TeamMetricsJsonData) => (j.manualValues ?? []).length > 0;

/** The demo source is on when asked for, or when nothing real is configured (a fresh install shows data). */
export function demoEnabled(j: TeamMetricsJsonData): boolean {
  return j.demo ? j.demo.enabled : !LIVE_PROVIDERS.some((p) => p.enabled(j)) && !hasManualValues(j);
}

export function createSources(settings: SourceSettings): { sources: RecordSource[]; unavailable: UnavailableSource[] } {
  const j = settings.jsonData;
  const sources: RecordSource[] = [];
  if (demoEnabled(j)) {
    // Real manual values are never mixed with the demo's invented ones.
    sources.push(new DemoSource(j.demo?.seed, hasManualValues(j) ? ['manualValues'] : []));
  }
  if (hasManualValues(j)) {
    sources.push(createManualSource(settings));
  }
  const unavailable: UnavailableSource[] = [];
  for (const provider of LIVE_PROVIDERS.filter((p) => p.enabled(j))) {
    if (provider.create) {
      sources.push(provider.create(settings));
    } else {
      unavailable.push({ name: provider.name, title: provider.title, message: `${provider.title}: this plugin version cannot connect to ${provider.title} yet; switch the section off or use the demo source` });
    }
  }
  return { sources, unavailable };
}
