/**
 * Everything one configured data source keeps between queries: its parsed settings and its record
 * sources (the demo organisation, GitHub, Asana, ...), merged into one RecordSet per query.
 */
import type { RecordKind, RecordSet, SourceName } from '../../common/records';
import { createSources } from '../sources/createSources';
import type { FetchWindow, RecordSource, SourceContext, SourceHealth, SourceResult } from '../sources/types';
import type { StoreSync } from '../sync/storeSync';
import type { DataSourceConfig } from './dataSourceConfig';

export interface SourceState {
  /** Source id: 'demo', 'github', 'asana', 'notion', 'ga4', 'hubspot'. */
  name: SourceName;
  title: string;
  configured: boolean;
  status: 'ok' | 'error' | 'not_configured';
  message: string;
}

function merge(target: RecordSet, part: RecordSet): void {
  for (const [kind, items] of Object.entries(part) as Array<[RecordKind, unknown[] | undefined]>) {
    if (items) {
      const existing = target[kind] as unknown[] | undefined;
      (target as Record<RecordKind, unknown[]>)[kind] = existing ? existing.concat(items) : items;
    }
  }
}

export class DataSourceInstance {
  /** The sync store of the live sources; undefined when the store is off (or in tests that ask providers directly). */
  readonly store?: StoreSync;

  constructor(
    readonly config: DataSourceConfig,
    readonly sources: RecordSource[] = createSources(config),
    private readonly onDispose: () => void = () => undefined,
    createStore?: (sources: readonly RecordSource[]) => StoreSync | undefined
  ) {
    this.store = createStore?.(sources);
  }

  get timezone(): string {
    return this.config.jsonData.timezone || 'UTC';
  }

  get demoEnabled(): boolean {
    return this.sources.some((s) => s.name === 'demo');
  }

  /**
   * Records of the given kinds from every source that provides them, with the sources' notices and meta.
   * A kind nobody provides stays undefined ("not set up").
   */
  async records(window: FetchWindow, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult> {
    const asked = this.sources.filter((source) => kinds.some((k) => source.provides.includes(k)));
    const parts = await Promise.all(asked.map((source) => this.fetchFrom(source, window, kinds.filter((k) => source.provides.includes(k)), context)));
    const result: SourceResult = { records: {}, notices: [] };
    parts.forEach((part, i) => {
      merge(result.records, part.records);
      result.notices.push(...part.notices);
      if (part.meta) {
        result.meta = { ...result.meta, [asked[i].name]: part.meta };
      }
    });
    return result;
  }

  /** From the store when the source is synced there, otherwise from the provider (with the store's reason). */
  private async fetchFrom(source: RecordSource, window: FetchWindow, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult> {
    const answer = await this.store?.answer(source, window, kinds);
    if (answer?.fromStore) {
      return answer.result;
    }
    const live = await source.fetch(window, kinds, context);
    if (!answer || (answer.notices.length === 0 && !answer.meta)) {
      return live;
    }
    return { ...live, notices: [...live.notices, ...answer.notices], meta: { ...live.meta, ...answer.meta } };
  }

  async health(context: SourceContext): Promise<SourceState[]> {
    const checked = await Promise.all(
      this.sources.map(async (source): Promise<SourceState> => {
        let health: SourceHealth;
        try {
          health = await source.checkHealth(context);
        } catch (err) {
          health = { status: 'error', message: `${source.title}: ${err instanceof Error ? err.message : String(err)}` };
        }
        return { name: source.name, title: source.title, configured: true, ...health };
      })
    );
    return checked;
  }

  /** Configuration only, without calling any provider (for the config editor's status list). */
  sourceStates(): SourceState[] {
    return this.sources.map((s): SourceState => ({ name: s.name, title: s.title, configured: true, status: 'ok', message: `${s.title}: configured` }));
  }

  async dispose(): Promise<void> {
    try {
      await this.store?.dispose();
    } finally {
      this.sources.forEach((s) => s.dispose());
      this.onDispose();
    }
  }
}
