import type { TeamMetricsSettings } from '../../../src/views/config/optionsUpdates';
import type { TeamMetricsQuery } from '../../../src/types';

/** What the editors last reported; the browser test reads it from `window.__teamMetrics`. */
export interface PageState {
  query: TeamMetricsQuery;
  options: TeamMetricsSettings;
}

declare global {
  interface Window {
    __teamMetrics?: PageState;
  }
}

export function publishState(state: PageState): void {
  window.__teamMetrics = state;
}
