import React from 'react';
import type { GitHubSettings } from '../../../../common/settings';
import { GitHubAuthFields } from './GitHubAuthFields';
import { GitHubScopeFields } from './GitHubScopeFields';
import { GitHubTeamsFields } from './GitHubTeamsFields';
import { SourceSection } from './SourceSection';
import type { SourceSectionProps } from './types';

const DEFAULT_GITHUB: GitHubSettings = { enabled: false, authType: 'pat' };

export function GitHubSection({
  settings = DEFAULT_GITHUB,
  onChange,
  secrets,
  status,
}: SourceSectionProps<GitHubSettings>) {
  return (
    <SourceSection
      id="github"
      title="GitHub"
      description="Pull requests, reviews, deployments, releases and labelled issues: DORA, flow and quality metrics."
      enabled={settings.enabled}
      onEnabledChange={(enabled) => onChange({ ...settings, enabled })}
      status={status}
    >
      <GitHubAuthFields settings={settings} onChange={onChange} secrets={secrets} />
      <GitHubScopeFields settings={settings} onChange={onChange} />
      <GitHubTeamsFields settings={settings} onChange={onChange} />
    </SourceSection>
  );
}
