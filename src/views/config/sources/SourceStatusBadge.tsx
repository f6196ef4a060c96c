import React from 'react';
import { Badge, type BadgeColor, type IconName } from '@grafana/ui';
import type { SourceStatus, SourceStatusCode } from '../../../types';

const APPEARANCE: Record<SourceStatusCode, { color: BadgeColor; icon: IconName; text: string }> = {
  ok: { color: 'green', icon: 'check', text: 'Connected' },
  error: { color: 'red', icon: 'exclamation-triangle', text: 'Error' },
  not_configured: { color: 'darkgrey', icon: 'minus-circle', text: 'Not configured' },
};

/** The backend's last word on a source (`GET sources`), shown next to its section title. */
export function SourceStatusBadge({ status }: { status: SourceStatus }) {
  const { color, icon, text } = APPEARANCE[status.status];
  return <Badge color={color} icon={icon} text={text} tooltip={status.message || undefined} />;
}
