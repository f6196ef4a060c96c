/**
 * A record source whose provider code (and SDK) is loaded on first use. The plugin starts with only the
 * sources' names and capabilities; a data source that never enables GA4 never pays for loading its client.
 */
import type { RecordKind, SourceName } from '../../common/records';
import {
  isSyncable,
  type FetchWindow,
  type OptionValue,
  type SourceContext,
  type SourceHealth,
  type SourceResourceRequest,
  type SourceResult,
  type SyncableSource,
  type SyncBatch,
  type SyncRequest,
  type RecordSource,
} from './types';
import type { VariableKind } from '../../common/query';

export class LazySource implements SyncableSource {
  private loaded?: Promise<RecordSource>;

  constructor(
    readonly name: SourceName,
    readonly title: string,
    /** What the provider can provide at most; the loaded source may provide less with its settings. */
    readonly provides: readonly RecordKind[],
    private readonly load: () => Promise<RecordSource>
  ) {}

  private source(): Promise<RecordSource> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  async fetch(window: FetchWindow, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult> {
    const source = await this.source();
    const own = kinds.filter((k) => source.provides.includes(k));
    return own.length > 0 ? source.fetch(window, own, context) : { records: {}, notices: [] };
  }

  async *sync(request: SyncRequest, context: SourceContext): AsyncIterable<SyncBatch> {
    const source = await this.source();
    if (!isSyncable(source)) {
      throw new Error(`${this.title} cannot be synced into the store.`);
    }
    yield* source.sync({ ...request, kinds: request.kinds.filter((k) => source.provides.includes(k)) }, context);
  }

  async checkHealth(context: SourceContext): Promise<SourceHealth> {
    return (await this.source()).checkHealth(context);
  }

  async options(kind: VariableKind, context: SourceContext): Promise<OptionValue[] | undefined> {
    return (await this.source()).options?.(kind, context);
  }

  async resource(request: SourceResourceRequest, context: SourceContext): Promise<unknown> {
    return (await this.source()).resource?.(request, context);
  }

  dispose(): void {
    void this.loaded?.then(
      (source) => source.dispose(),
      () => undefined
    );
  }
}
