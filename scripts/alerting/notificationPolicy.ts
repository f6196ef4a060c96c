/**
 * The notification policy tree (one per org; provisioning replaces it): routes by team, then severity.
 * Engineering → Slack, plus PagerDuty for critical; Marketing → email; anything else → email.
 */
import { CONTACT } from './contactPoints';
import type { NotificationFile } from './schemas/notifications';

type Policy = NonNullable<NotificationFile['policies']>[number];

export function notificationPolicy(): Policy {
  return {
    orgId: 1,
    receiver: CONTACT.email,
    group_by: ['grafana_folder', 'alertname', 'team'],
    group_wait: '30s',
    group_interval: '5m',
    repeat_interval: '12h',
    routes: [
      {
        object_matchers: [['team', '=', 'Engineering']],
        receiver: CONTACT.slack,
        routes: [
          {
            object_matchers: [['severity', '=', 'critical']],
            receiver: CONTACT.pagerDuty,
            continue: true,
            repeat_interval: '1h',
          },
          { receiver: CONTACT.slack },
        ],
      },
      { object_matchers: [['team', '=', 'Marketing']], receiver: CONTACT.email, repeat_interval: '24h' },
    ],
  };
}
