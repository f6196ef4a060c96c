/** Exclusive locks by key within this process: one holder per key, no waiting. */
import type { SyncLock } from './recordStore';

export class LockSet {
  private readonly held = new Set<string>();

  /** The lock for the key, or undefined while another caller holds it. Release is idempotent. */
  tryLock(key: string): SyncLock | undefined {
    if (this.held.has(key)) {
      return undefined;
    }
    this.held.add(key);
    let released = false;
    return {
      release: async () => {
        if (!released) {
          released = true;
          this.held.delete(key);
        }
      },
    };
  }
}
