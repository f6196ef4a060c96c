/**
 * Notification templates: title and a message with each alert's value, target and owner (from the rule's
 * annotations). No "$" in the text: Grafana interpolates environment variables in provisioning files.
 */
import type { Template } from './schemas/notifications';

export const TITLE_TEMPLATE = 'teammetrics.title';
export const MESSAGE_TEMPLATE = 'teammetrics.message';

const TITLE = `{{ define "${TITLE_TEMPLATE}" }}[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ .CommonLabels.team }} · {{ .CommonLabels.alertname }}{{ end }}`;

const MESSAGE = `{{ define "${MESSAGE_TEMPLATE}" }}{{ range .Alerts }}
{{ if eq .Status "firing" }}🔴{{ else }}✅{{ end }} {{ .Labels.alertname }} ({{ .Labels.severity }}, {{ .Labels.team }})
{{ .Annotations.summary }}
Value: {{ .Annotations.value }} · Target: {{ .Annotations.target }} · Owner: {{ .Annotations.owner }}
Runbook: {{ .Annotations.runbook }}
{{ if .PanelURL }}Panel: {{ .PanelURL }}{{ else if .DashboardURL }}Dashboard: {{ .DashboardURL }}{{ end }}
{{ end }}{{ end }}`;

export function messageTemplates(): Template[] {
  return [
    { orgId: 1, name: TITLE_TEMPLATE, template: TITLE },
    { orgId: 1, name: MESSAGE_TEMPLATE, template: MESSAGE },
  ];
}
