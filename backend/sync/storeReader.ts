/**
 * Queries read the store through this in-memory copy: a source's records of a kind are loaded once per store
 * generation (any committed batch, from this process or another one sharing the store, starts a new one) and
 * each query takes the records alive in its window from memory.
 */
import type { RecordKind, RecordSet, ReviewRecord, SourceName } from '../../common/records';
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
  /**
   * The last answers per kind and window. The panels of one dashboard refresh ask for the same window, and the
   * engine keeps its indexes per records array: handing out the same array again lets every later panel reuse them.
   */
  answers: Map<string, Promise<unknown[]>>;
  /**
   * The last distinct answers per kind (a dashboard's window, its baseline's longer one, ...): a later window with
   * exactly the same records gets that same array back.
   */
  recent: Map<RecordKind, unknown[][]>;
}

/** Distinct answers remembered per kind. */
const RECENT_PER_KIND = 4;

function sameRecords(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

/** Answers remembered per source and generation: a few kinds × a few dashboards' ranges. */
const ANSWERS_KEPT = 8;

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
   * Records of the kinds alive in the window. Reviews come with their change: the reviews of the changes alive in the
   * window (also those submitted before it), as a provider returns them with its pull requests.
   */
  async read(source: SourceName, kinds: readonly RecordKind[], window: FetchWindow): Promise<RecordSet> {
    const loaded = await this.current(source);
    const parts = await Promise.all(kinds.map((kind) => this.answer(loaded, source, kind, window)));
    return Object.fromEntries(kinds.map((kind, i) => [kind, parts[i]])) as RecordSet;
  }

  private async current(source: SourceName): Promise<Loaded> {
    const generation = await this.store.generation(this.instance);
    let loaded = this.loaded.get(source);
    if (!loaded || loaded.generation !== generation) {
      loaded = { generation, kinds: new Map(), answers: new Map(), recent: new Map() };
      this.loaded.set(source, loaded);
    }
    return loaded;
  }

  private answer(loaded: Loaded, source: SourceName, kind: RecordKind, window: FetchWindow): Promise<unknown[]> {
    const key = `${kind}|${window.from}|${window.to}`;
    let answer = loaded.answers.get(key);
    if (!answer) {
      answer = kind === 'reviews' ? this.reviewsOf(loaded, source, window) : this.alive(loaded, source, kind, window);
      answer.catch(() => loaded.answers.delete(key));
      loaded.answers.set(key, answer);
      if (loaded.answers.size > ANSWERS_KEPT) {
        loaded.answers.delete(loaded.answers.keys().next().value as string);
      }
    }
    return answer;
  }

  private async reviewsOf(loaded: Loaded, source: SourceName, window: FetchWindow): Promise<unknown[]> {
    const [changes, reviews] = await Promise.all([this.answer(loaded, source, 'changes', window), this.all(loaded, source, 'reviews')]);
    const changeIds = new Set((changes as Array<{ id: string }>).map((c) => c.id));
    const matching = (reviews.items as ReviewRecord[]).filter((r) => changeIds.has(r.changeId));
    return this.remember(loaded, 'reviews', matching);
  }

  /**
   * Dashboards refresh with a window a few minutes later; between syncs the records in it rarely change. Handing
   * back the same array then lets the engine reuse what it derived from it instead of rebuilding it.
   */
  private remember(loaded: Loaded, kind: RecordKind, answer: unknown[]): unknown[] {
    const recent = loaded.recent.get(kind) ?? [];
    const same = recent.find((earlier) => sameRecords(earlier, answer));
    if (same) {
      return same;
    }
    loaded.recent.set(kind, [answer, ...recent].slice(0, RECENT_PER_KIND));
    return answer;
  }

  private async alive(loaded: Loaded, source: SourceName, kind: RecordKind, window: FetchWindow): Promise<unknown[]> {
    const { items, start, end } = await this.all(loaded, source, kind);
    const alive: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      if (start[i] < window.to && end[i] >= window.from) {
        alive.push(items[i]);
      }
    }
    return this.remember(loaded, kind, alive.length === items.length ? items : alive);
  }

  private all(loaded: Loaded, source: SourceName, kind: RecordKind): Promise<LoadedKind> {
    let pending = loaded.kinds.get(kind);
    if (!pending) {
      pending = this.store.read(this.instance, source, [kind]).then((set) => index(kind, (set[kind] as unknown[] | undefined) ?? []));
      pending.catch(() => loaded.kinds.delete(kind));
      loaded.kinds.set(kind, pending);
    }
    return pending;
  }
}
