/**
 * Contact points for Slack, email and PagerDuty. Secrets come from environment variables, which Grafana
 * interpolates in provisioning files ($VAR / ${VAR}); docker-compose.yaml gives harmless defaults.
 */
import type { ContactPoint } from './schemas/notifications';
import { MESSAGE_TEMPLATE, TITLE_TEMPLATE } from './messageTemplate';

export const CONTACT = {
  slack: 'Team Metrics · Slack',
  email: 'Team Metrics · Email',
  pagerDuty: 'Team Metrics · PagerDuty',
} as const;

const message = `{{ template "${MESSAGE_TEMPLATE}" . }}`;
const title = `{{ template "${TITLE_TEMPLATE}" . }}`;

export function contactPoints(): ContactPoint[] {
  return [
    {
      orgId: 1,
      name: CONTACT.slack,
      receivers: [{ uid: 'tm-slack', type: 'slack', settings: { url: '${SLACK_WEBHOOK_URL}', title, text: message } }],
    },
    {
      orgId: 1,
      name: CONTACT.email,
      receivers: [
        {
          uid: 'tm-email',
          type: 'email',
          settings: { addresses: '${ALERT_EMAIL_ADDRESSES}', singleEmail: true, subject: title, message },
        },
      ],
    },
    {
      orgId: 1,
      name: CONTACT.pagerDuty,
      receivers: [
        {
          uid: 'tm-pagerduty',
          type: 'pagerduty',
          settings: {
            integrationKey: '${PAGERDUTY_INTEGRATION_KEY}',
            severity: 'critical',
            summary: title,
            component: 'Team Metrics',
          },
        },
      ],
    },
  ];
}
