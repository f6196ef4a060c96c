import type { MetricComputer } from '../../types';
import { emailClickRate, emailOpenRate } from './email';
import { webAvgSessionDuration, webPageviews, webPagesPerSession, webSessions, webUsers } from './web';

export const MARKETING_COMPUTERS: Record<string, MetricComputer> = {
  web_sessions: webSessions,
  web_users: webUsers,
  web_pageviews: webPageviews,
  web_avg_session_duration: webAvgSessionDuration,
  web_pages_per_session: webPagesPerSession,
  email_open_rate: emailOpenRate,
  email_click_rate: emailClickRate,
};
