/**
 * Queries read the store through this in-memory copy: a source's records of a kind are loaded once per store
 * generation (any committed batch, from this process or another one sharing the store, starts a new one) and
 * each query takes the records alive in its window from memory.
 */
import type { RecordKind, RecordSet, SourceName } from '../../common/records';
import type { FetchWindow } from '../sources/types';
import type { RecordStore } from '../store/recordStore';
import { recordTimes } from '../store/recordTimes';

interface LoadedKind {
  items: unknown[];
  start: Float64Array;
  /** +Infinity when the record has no end (still open). */
  end: Float64Array;
}

interface Loaded {
  generation: number;
  kinds: Map<RecordKind, Promise<LoadedKind>>;
}

function index(kind: RecordKind, items: unknown[]): LoadedKind {
  const start = new Float64Array(items.length);
  const end = new Float64Array(items.length);
  items.forEach((item, i) => {
    const times = recordTimes(kind, item as never);
    start[i] = times.start;
    end[i] = times.end ?? Number.POSITIVE_INFINITY;
  });
  return { items, start, end };
}

export class StoreReader {
  private readonly loaded = new Map<SourceName, Loaded>();

  constructor(
    private readonly store: RecordStore,
    private readonly instance: string
  ) {}

  /**
   * Records of the kinds alive in the window. Reviews come with their change: the reviews of every change alive in
   * the window (also those submitted before it), as a provider returns them with its pull requests.
   */
  async read(source: SourceName, kinds: readonly RecordKind[], window: FetchWindow): Promise<RecordSet> {
    if (!kinds.includes('reviews')) {
      return this.readAlive(source, kinds, window);
    }
    const withChanges = kinds.includes('changes') ? kinds : [...kinds, 'changes' as const];
    const [alive, allReviews] = await Promise.all([
      this.readAlive(source, withChanges.filter((k) => k !== 'reviews'), window),
      this.readAlive(source, ['reviews'], { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY }),
    ]);
    const changeIds = new Set((alive.changes ?? []).map((c) => c.id));
    const reviews = (allReviews.reviews ?? []).filter((r) => changeIds.has(r.changeId) || (r.submittedAt < window.to && r.submittedAt >= window.from));
    const result: RecordSet = { ...alive, reviews };
    if (!kinds.includes('changes')) {
      delete result.changes;
    }
    return result;
  }

  private async readAlive(source: SourceName, kinds: readonly RecordKind[], window: FetchWindow): Promise<RecordSet> {
    const generation = await this.store.generation(this.instance);
    let loaded = this.loaded.get(source);
    if (!loaded || loaded.generation !== generation) {
      loaded = { generation, kinds: new Map() };
      this.loaded.set(source, loaded);
    }
    const cache = loaded.kinds;
    const result: RecordSet = {};
    await Promise.all(
      kinds.map(async (kind) => {
        let pending = cache.get(kind);
        if (!pending) {
          pending = this.store.read(this.instance, source, [kind]).then((set) => index(kind, (set[kind] as unknown[] | undefined) ?? []));
          pending.catch(() => cache.delete(kind));
          cache.set(kind, pending);
        }
        const { items, start, end } = await pending;
        const alive: unknown[] = [];
        for (let i = 0; i < items.length; i++) {
          if (start[i] < window.to && end[i] >= window.from) {
            alive.push(items[i]);
          }
        }
        (result as Record<RecordKind, unknown[]>)[kind] = alive;
      })
    );
    return result;
  }
}
