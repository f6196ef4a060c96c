import React from 'react';
import { Field, RadioButtonGroup } from '@grafana/ui';
import type { GitHubSettings } from '../../../../common/settings';
import { SecretField } from '../SecretField';
import type { SecretsProps } from '../secrets';
import { TextField } from '../TextField';

const AUTH_OPTIONS: Array<{ value: GitHubSettings['authType']; label: string }> = [
  { value: 'pat', label: 'Personal access token' },
  { value: 'app', label: 'GitHub App' },
];

interface Props {
  settings: GitHubSettings;
  onChange: (settings: GitHubSettings) => void;
  secrets: SecretsProps;
}

export function GitHubAuthFields({ settings, onChange, secrets }: Props) {
  return (
    <>
      <Field label="Authentication">
        <RadioButtonGroup
          id="teammetrics-github-auth"
          aria-label="GitHub authentication"
          options={AUTH_OPTIONS}
          value={settings.authType}
          onChange={(authType) => onChange({ ...settings, authType })}
        />
      </Field>
      {settings.authType === 'pat' ? (
        <SecretField
          secureKey="githubToken"
          label="Personal access token"
          description="Fine-grained token with read access to pull requests, deployments, issues and metadata."
          placeholder="github_pat_…"
          secrets={secrets}
        />
      ) : (
        <>
          <TextField
            id="teammetrics-github-app-id"
            label="App ID"
            value={settings.appId}
            width={30}
            onChange={(appId) => onChange({ ...settings, appId })}
          />
          <TextField
            id="teammetrics-github-installation-id"
            label="Installation ID"
            value={settings.installationId}
            width={30}
            onChange={(installationId) => onChange({ ...settings, installationId })}
          />
          <SecretField
            secureKey="githubPrivateKey"
            label="App private key"
            description="The PEM file downloaded from the app's settings."
            placeholder="-----BEGIN RSA PRIVATE KEY-----"
            multiline
            secrets={secrets}
          />
        </>
      )}
      <TextField
        id="teammetrics-github-base-url"
        label="API URL"
        description="GitHub Enterprise Server only, e.g. https://ghe.example.com/api/v3. Empty for github.com."
        placeholder="https://api.github.com"
        value={settings.baseUrl}
        onChange={(baseUrl) => onChange({ ...settings, baseUrl })}
      />
    </>
  );
}
