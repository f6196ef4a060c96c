/**
 * Everything one configured data source keeps between queries: its parsed settings and the records of
 * its sources. Today the demo organisation; live sources (GitHub, Asana, ...) plug in beside it.
 */
import type { RecordSet } from '../../common/records';
import { generateOrg, type DemoOrg } from '../sources/demo/org';
import type { DataSourceConfig } from './dataSourceConfig';

const HOUR_MS = 3_600_000;
export const DEFAULT_DEMO_SEED = 42;

export type SourceState = { name: string; configured: boolean; status: 'ok' | 'error' | 'not_configured'; message: string };

export class DataSourceInstance {
  private demo?: { anchor: number; org: DemoOrg };

  constructor(
    readonly config: DataSourceConfig,
    private readonly now: () => number
  ) {}

  /** The demo source is on when asked for, or when no live source is enabled (a fresh install shows data). */
  get demoEnabled(): boolean {
    const j = this.config.jsonData;
    if (j.demo) {
      return j.demo.enabled;
    }
    return ![j.github, j.asana, j.notion, j.ga4, j.hubspot].some((s) => s?.enabled);
  }

  get timezone(): string {
    return this.config.jsonData.timezone || 'UTC';
  }

  /** The demo organisation, anchored at the current hour so its data ends "now" and stays stable within the hour. */
  demoOrg(): DemoOrg {
    const anchor = Math.floor(this.now() / HOUR_MS) * HOUR_MS;
    if (!this.demo || this.demo.anchor !== anchor) {
      this.demo = { anchor, org: generateOrg({ seed: this.config.jsonData.demo?.seed ?? DEFAULT_DEMO_SEED, now: anchor }) };
    }
    return this.demo.org;
  }

  records(): RecordSet {
    return this.demoEnabled ? this.demoOrg().records : {};
  }

  sources(): SourceState[] {
    const j = this.config.jsonData;
    const live: Array<[string, boolean | undefined]> = [
      ['GitHub', j.github?.enabled],
      ['Asana', j.asana?.enabled],
      ['Notion', j.notion?.enabled],
      ['Google Analytics 4', j.ga4?.enabled],
      ['HubSpot', j.hubspot?.enabled],
    ];
    return [
      this.demoEnabled
        ? { name: 'Demo', configured: true, status: 'ok', message: 'Demo organisation ready (synthetic data, no token needed)' }
        : { name: 'Demo', configured: false, status: 'not_configured', message: 'Demo organisation switched off' },
      ...live.map(([name, enabled]): SourceState =>
        enabled
          ? { name, configured: true, status: 'error', message: `${name}: this plugin version cannot connect to ${name} yet; switch the section off or use the demo source` }
          : { name, configured: false, status: 'not_configured', message: `${name}: not configured` }
      ),
    ];
  }

  dispose(): void {
    this.demo = undefined;
  }
}
