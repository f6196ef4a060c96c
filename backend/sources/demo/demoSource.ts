/** The built-in demo organisation as a record source: no token, deterministic for its seed. */
import type { RecordKind, RecordSet } from '../../../common/records';
import type { RecordSource, SourceContext, SourceResult } from '../types';
import { generateOrg, type DemoOrg } from './org';

const HOUR_MS = 3_600_000;
export const DEFAULT_DEMO_SEED = 42;
const ALL_KINDS: RecordKind[] = ['changes', 'reviews', 'deployments', 'incidents', 'releases', 'workItems', 'sprints', 'documents', 'webTraffic', 'emailStats', 'productEvents', 'manualValues'];

export class DemoSource implements RecordSource {
  readonly name = 'demo';
  readonly title = 'Demo';
  readonly provides: RecordKind[];
  private cached?: { anchor: number; org: DemoOrg };

  constructor(
    readonly seed: number = DEFAULT_DEMO_SEED,
    excluded: readonly RecordKind[] = []
  ) {
    this.provides = ALL_KINDS.filter((k) => !excluded.includes(k));
  }

  /** Anchored at the current hour, so its data ends "now" and stays the same within the hour. */
  org(now: number): DemoOrg {
    const anchor = Math.floor(now / HOUR_MS) * HOUR_MS;
    if (!this.cached || this.cached.anchor !== anchor) {
      this.cached = { anchor, org: generateOrg({ seed: this.seed, now: anchor }) };
    }
    return this.cached.org;
  }

  async fetch(_window: unknown, kinds: readonly RecordKind[], context: SourceContext): Promise<SourceResult> {
    const all = this.org(context.now).records;
    const records: RecordSet = Object.fromEntries(kinds.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
    return { records, notices: [] };
  }

  async checkHealth(context: SourceContext) {
    const { records } = this.org(context.now);
    return {
      status: 'ok' as const,
      message: `Demo organisation ready: ${records.changes?.length ?? 0} pull requests, ${records.deployments?.length ?? 0} deployments, ${records.workItems?.length ?? 0} work items (synthetic, no token needed)`,
    };
  }

  dispose(): void {
    this.cached = undefined;
  }
}
