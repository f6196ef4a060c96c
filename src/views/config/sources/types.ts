import type { SourceStatus } from '../../../types';
import type { SecretsProps } from '../secrets';

/** What every source section receives: its own slice of jsonData, its secrets and its status. */
export interface SourceSectionProps<T> {
  settings?: T;
  onChange: (settings: T) => void;
  secrets: SecretsProps;
  status?: SourceStatus;
}
