import React from 'react';
import { dateTimeFormatTimeAgo } from '@grafana/data';

interface Props {
  /** An ISO instant from the backend. */
  iso?: string;
  /** For an instant that is meant to come (the next run): at or before `dueAt` (epoch ms) it reads "due". */
  dueAt?: number;
}

/** "5 minutes ago" / "in 2 hours", the exact instant as a tooltip; a dash when there is none. */
export function RelativeTime({ iso, dueAt }: Props) {
  if (!iso) {
    return <>—</>;
  }
  const text = dueAt !== undefined && Date.parse(iso) <= dueAt ? 'due' : dateTimeFormatTimeAgo(iso);
  return (
    <time dateTime={iso} title={iso}>
      {text}
    </time>
  );
}
