import React from 'react';
import { Field, RadioButtonGroup, TextArea } from '@grafana/ui';
import type { GitHubSettings } from '../../../../common/settings';
import { formatTeamMapping, parseTeamMapping } from './teamMapping';

type TeamsFrom = NonNullable<GitHubSettings['teamsFrom']>;

const TEAMS_OPTIONS: Array<{ value: TeamsFrom; label: string }> = [
  { value: 'github', label: 'GitHub teams' },
  { value: 'mapping', label: 'Mapping' },
];

interface Props {
  settings: GitHubSettings;
  onChange: (settings: GitHubSettings) => void;
}

/** Where a person's team comes from: their GitHub team, or a login → team mapping kept here. */
export function GitHubTeamsFields({ settings, onChange }: Props) {
  const teamsFrom = settings.teamsFrom ?? 'github';
  return (
    <>
      <Field label="Teams from">
        <RadioButtonGroup
          id="teammetrics-github-teams-from"
          aria-label="Teams from"
          options={TEAMS_OPTIONS}
          value={teamsFrom}
          onChange={(value) => onChange({ ...settings, teamsFrom: value })}
        />
      </Field>
      {teamsFrom === 'mapping' && (
        <Field label="Team mapping" description="One login=team per line.">
          <TextArea
            id="teammetrics-github-team-mapping"
            rows={5}
            cols={60}
            placeholder={'octocat=core\nhubot=web'}
            defaultValue={formatTeamMapping(settings.teamMapping)}
            onBlur={(event) => onChange({ ...settings, teamMapping: parseTeamMapping(event.currentTarget.value) })}
          />
        </Field>
      )}
    </>
  );
}
