import type { SecureKey } from '../../../common/settings';

/** What a section needs to show and edit its secrets, without seeing the whole settings object. */
export interface SecretsProps {
  isConfigured: (key: SecureKey) => boolean;
  value: (key: SecureKey) => string;
  onChange: (key: SecureKey, value: string) => void;
  onReset: (key: SecureKey) => void;
}
