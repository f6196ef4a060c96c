/** Values entered by hand in the data source settings (jsonData.manualValues), as a record source. */
import type { RecordKind } from '../../../common/records';
import type { ManualValueSetting } from '../../../common/settings';
import { isValidTimeZone } from '../../engine/lib/isValidTimeZone';
import type { RecordSource, SourceHealth, SourceResult } from '../types';
import { toManualValues } from './toManualValues';

export class ManualSource implements RecordSource {
  readonly name = 'manual';
  readonly title = 'Manual values';
  readonly provides: readonly RecordKind[] = ['manualValues'];

  constructor(
    private readonly values: readonly ManualValueSetting[],
    private readonly timeZone: string
  ) {}

  async fetch(_window: unknown, kinds: readonly RecordKind[]): Promise<SourceResult> {
    if (!kinds.includes('manualValues')) {
      return { records: {}, notices: [] };
    }
    const manualValues = toManualValues(this.values, isValidTimeZone(this.timeZone) ? this.timeZone : 'UTC');
    const skipped = this.values.length - manualValues.length;
    return {
      records: { manualValues },
      notices:
        skipped > 0
          ? [
              {
                severity: 'warning',
                text: `${skipped} manual value(s) have an invalid date (want YYYY-MM-DD) and were skipped.`,
              },
            ]
          : [],
    };
  }

  async checkHealth(): Promise<SourceHealth> {
    const valid = toManualValues(this.values, 'UTC').length;
    if (!isValidTimeZone(this.timeZone)) {
      return {
        status: 'error',
        message: `Manual values: unknown time zone "${this.timeZone}"; dates are read in UTC until it is fixed.`,
      };
    }
    return valid === this.values.length
      ? { status: 'ok', message: `Manual values: ${valid} value(s), dates in ${this.timeZone}` }
      : {
          status: 'error',
          message: `Manual values: ${this.values.length - valid} value(s) have an invalid date (want YYYY-MM-DD)`,
        };
  }

  dispose(): void {}
}
