import React, { type ReactNode } from 'react';
import { FieldSet, InlineField, Stack, Switch, Text } from '@grafana/ui';
import { selectors } from '../../../selectors';
import type { SourceStatus } from '../../../types';
import { SourceStatusBadge } from './SourceStatusBadge';

interface Props {
  id: string;
  title: string;
  description: string;
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  status?: SourceStatus;
  children?: ReactNode;
}

/** A source's settings: an enable switch, its connection status, and its fields once enabled. */
export function SourceSection({ id, title, description, enabled, onEnabledChange, status, children }: Props) {
  return (
    <FieldSet
      label={
        <Stack direction="row" alignItems="center" gap={1}>
          <span>{title}</span>
          {status && <SourceStatusBadge status={status} />}
        </Stack>
      }
      data-testid={`source-${id}`}
    >
      <Text color="secondary" element="p">
        {description}
      </Text>
      <InlineField label={selectors.configEditor.enableSource(title)} labelWidth={28}>
        <Switch
          id={`teammetrics-enable-${id}`}
          value={enabled}
          onChange={(event) => onEnabledChange(event.currentTarget.checked)}
        />
      </InlineField>
      {enabled && children}
    </FieldSet>
  );
}
