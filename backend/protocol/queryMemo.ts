/**
 * Answers identical queries once: many viewers of one dashboard, TV screens and alert rules send the same
 * query again and again. Finished answers stay in a small LRU; a query identical to one still running
 * waits for that one instead of starting its own (single flight). Failures are shared with whoever was
 * waiting but never kept. Exactness is the key's job: it must name everything the answer depends on
 * (see memoKey.ts and the plugin's memo scope).
 */
import { encodeArrowFrame } from './frames/arrowFrame';
import type { Frame } from './frames/frame';

export type MemoOutcome = 'hit' | 'joined' | 'miss';

interface Entry {
  frames: Frame[];
  /** Arrow bytes per refId: the refId is part of each frame's schema metadata. */
  encoded: Map<string, Uint8Array[]>;
  bytes: number;
}

/** A few refIds per entry cover one query shared by several panels or rules. */
const MAX_REFIDS_PER_ENTRY = 4;

export function encodeFrames(frames: readonly Frame[], refId: string): Uint8Array[] {
  return frames.map((frame) => encodeArrowFrame({ ...frame, refId: frame.refId || refId }));
}

const sizeOf = (encoded: readonly Uint8Array[]) => encoded.reduce((sum, bytes) => sum + bytes.length, 0);

export class QueryMemo {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Map<string, Promise<Frame[]>>();
  private bytes = 0;

  /**
   * @param maxEntries answers kept at most
   * @param maxBytes budget for kept answers, counting each answer's Arrow bytes twice (bytes + the frames they came from)
   */
  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async answer(key: string, refId: string, compute: () => Promise<Frame[]>, onOutcome?: (outcome: MemoOutcome) => void): Promise<Uint8Array[]> {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      onOutcome?.('hit');
      return this.encodedFor(entry, refId);
    }
    const running = this.running.get(key);
    if (running) {
      onOutcome?.('joined');
      const frames = await running;
      // The computing call has kept its answer by now (its continuation runs before ours).
      const kept = this.entries.get(key);
      return kept ? this.encodedFor(kept, refId) : encodeFrames(frames, refId);
    }
    onOutcome?.('miss');
    const computing = compute();
    this.running.set(key, computing);
    try {
      const frames = await computing;
      const encoded = encodeFrames(frames, refId);
      this.keep(key, { frames, encoded: new Map([[refId, encoded]]), bytes: 2 * sizeOf(encoded) });
      return encoded;
    } finally {
      this.running.delete(key);
    }
  }

  private encodedFor(entry: Entry, refId: string): Uint8Array[] {
    const known = entry.encoded.get(refId);
    if (known) {
      return known;
    }
    const encoded = encodeFrames(entry.frames, refId);
    if (entry.encoded.size < MAX_REFIDS_PER_ENTRY) {
      entry.encoded.set(refId, encoded);
      const added = sizeOf(encoded);
      entry.bytes += added;
      this.bytes += added;
      this.evict();
    }
    return encoded;
  }

  private keep(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes) {
      return;
    }
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) {
        return;
      }
      this.entries.delete(key);
      this.bytes -= entry.bytes;
    }
  }
}
