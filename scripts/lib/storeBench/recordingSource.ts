/**
 * A source wrapper that notes the fetches a dashboard refresh makes (window relative to the refresh's instant,
 * and kinds), so later refreshes can be replayed without computing the panels: the upstream requests a refresh
 * makes depend only on these fetches, not on the metrics computed from them.
 */
import type { RecordKind } from '../../../common/records';
import type { RecordSource, SourceContext } from '../../../backend/sources/types';

export interface FetchCall {
  fromOffset: number;
  toOffset: number;
  kinds: readonly RecordKind[];
}

export class RecordingSource {
  readonly calls = new Map<string, FetchCall>();
  recording = false;

  constructor(private readonly inner: RecordSource) {}

  /** The wrapped source as the data source instance sees it. */
  asSource(): RecordSource {
    const { inner } = this;
    return {
      name: inner.name,
      title: inner.title,
      provides: inner.provides,
      fetch: (window, kinds, context) => {
        if (this.recording) {
          const call = { fromOffset: window.from - context.now, toOffset: window.to - context.now, kinds: [...kinds].sort() };
          this.calls.set(JSON.stringify(call), call);
        }
        return inner.fetch(window, kinds, context);
      },
      checkHealth: (context) => inner.checkHealth(context),
      dispose: () => inner.dispose(),
    };
  }

  /**
   * The noted fetches again at `context.now`, all at once, one per window with the union of its kinds: the source
   * reads for each kind what the separate fetches read, and identical requests are coalesced or served from its
   * cache within a refresh (checked when this was written: a replay made the same requests as a full refresh, for a fraction of the CPU).
   */
  async replay(context: SourceContext): Promise<void> {
    const kindsByWindow = new Map<string, Set<RecordKind>>();
    for (const call of this.calls.values()) {
      const key = `${call.fromOffset} ${call.toOffset}`;
      kindsByWindow.set(key, new Set([...(kindsByWindow.get(key) ?? []), ...call.kinds]));
    }
    await Promise.all(
      [...kindsByWindow].map(([key, kinds]) => {
        const [from, to] = key.split(' ').map(Number);
        return this.inner.fetch({ from: context.now + from, to: context.now + to }, [...kinds], context);
      })
    );
  }
}
