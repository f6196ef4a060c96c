/**
 * A task of the incidents project as an incident: opened at creation, resolved at completion, severity from
 * a custom field named "Severity" (critical/high/medium/low, or Sev1–Sev4 / P1–P4), default medium.
 */
import type { IncidentRecord, IncidentSeverity } from '../../../common/records';
import type { AsanaTask } from './schemas';

const SEVERITIES: Record<string, IncidentSeverity> = {
  critical: 'critical',
  sev1: 'critical',
  p1: 'critical',
  high: 'high',
  sev2: 'high',
  p2: 'high',
  medium: 'medium',
  sev3: 'medium',
  p3: 'medium',
  low: 'low',
  sev4: 'low',
  p4: 'low',
};

export function severityOf(task: AsanaTask): IncidentSeverity {
  const field = (task.custom_fields ?? []).find((f) => (f.name ?? '').trim().toLowerCase() === 'severity');
  const value = (field?.enum_value?.name ?? field?.display_value ?? '').trim().toLowerCase().replace(/[\s-]/g, '');
  return SEVERITIES[value] ?? 'medium';
}

export function toIncident(task: AsanaTask, projectName: string): IncidentRecord {
  const resolvedAt = task.completed && task.completed_at ? Date.parse(task.completed_at) : undefined;
  return {
    id: `asana:${task.gid}`,
    source: 'asana',
    title: task.name ?? '',
    service: projectName,
    severity: severityOf(task),
    openedAt: Date.parse(task.created_at),
    ...(resolvedAt !== undefined ? { resolvedAt } : {}),
  };
}
