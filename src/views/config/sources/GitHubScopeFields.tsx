import React from 'react';
import { Field, TagsInput } from '@grafana/ui';
import type { GitHubSettings } from '../../../../common/settings';
import { TextField } from '../TextField';

interface Props {
  settings: GitHubSettings;
  onChange: (settings: GitHubSettings) => void;
}

/** Which repositories count, and how deployments, bugs, tech debt and incidents are recognised. */
export function GitHubScopeFields({ settings, onChange }: Props) {
  const set = (patch: Partial<GitHubSettings>) => onChange({ ...settings, ...patch });
  return (
    <>
      <TextField
        id="teammetrics-github-org"
        label="Organisation"
        placeholder="acme"
        value={settings.org}
        onChange={(org) => set({ org })}
      />
      <Field
        label="Repositories"
        description="owner/name; press Enter after each. Empty with no pattern means every repository of the organisation."
      >
        <TagsInput
          id="teammetrics-github-repos"
          tags={settings.repos ?? []}
          placeholder="acme/api"
          onChange={(repos) => set({ repos })}
          width={60}
        />
      </Field>
      <Field label="Repository patterns" description='Glob-like, e.g. "acme/service-*".'>
        <TagsInput
          id="teammetrics-github-repo-patterns"
          tags={settings.repoPatterns ?? []}
          placeholder="acme/service-*"
          onChange={(repoPatterns) => set({ repoPatterns })}
          width={60}
        />
      </Field>
      <TextField
        id="teammetrics-github-prod-env"
        label="Production environment pattern"
        description="Deployments to matching environments count for DORA."
        placeholder="production|prod"
        value={settings.productionEnvironmentPattern}
        onChange={(productionEnvironmentPattern) => set({ productionEnvironmentPattern })}
      />
      <TextField
        id="teammetrics-github-deploy-workflow"
        label="Deploy workflow pattern"
        description="Used when the repositories have no GitHub deployments: successful runs of matching workflows count."
        placeholder="deploy*"
        value={settings.deployWorkflowPattern}
        onChange={(deployWorkflowPattern) => set({ deployWorkflowPattern })}
      />
      <TextField
        id="teammetrics-github-bug-label"
        label="Bug label"
        placeholder="bug"
        width={30}
        value={settings.bugLabel}
        onChange={(bugLabel) => set({ bugLabel })}
      />
      <TextField
        id="teammetrics-github-tech-debt-label"
        label="Tech debt label"
        placeholder="tech-debt"
        width={30}
        value={settings.techDebtLabel}
        onChange={(techDebtLabel) => set({ techDebtLabel })}
      />
      <TextField
        id="teammetrics-github-incident-label"
        label="Incident label"
        placeholder="incident"
        width={30}
        value={settings.incidentLabel}
        onChange={(incidentLabel) => set({ incidentLabel })}
      />
    </>
  );
}
