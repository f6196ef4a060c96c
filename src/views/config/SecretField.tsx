import React from 'react';
import { Field, SecretInput, SecretTextArea } from '@grafana/ui';
import type { SecureKey } from '../../../common/settings';
import type { SecretsProps } from './secrets';

interface Props {
  secureKey: SecureKey;
  label: string;
  description?: string;
  placeholder?: string;
  /** A multi-line secret such as a private key or a JSON key file. */
  multiline?: boolean;
  secrets: SecretsProps;
}

/** A write-only secret: shows "configured" with a Reset button once saved, never the value. */
export function SecretField({ secureKey, label, description, placeholder, multiline, secrets }: Props) {
  const id = `teammetrics-secret-${secureKey}`;
  const common = {
    id,
    isConfigured: secrets.isConfigured(secureKey),
    value: secrets.value(secureKey),
    placeholder,
    onReset: () => secrets.onReset(secureKey),
  };
  return (
    <Field label={label} description={description} htmlFor={id}>
      {multiline ? (
        <SecretTextArea
          {...common}
          rows={6}
          cols={60}
          onChange={(event) => secrets.onChange(secureKey, event.currentTarget.value)}
        />
      ) : (
        <SecretInput
          {...common}
          width={60}
          onChange={(event) => secrets.onChange(secureKey, event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
