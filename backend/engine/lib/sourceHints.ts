import type { RecordKind } from '../../../common/records';

/** What each record kind is, and which source to set up to get it. Used in "no data" reasons. */
export const SOURCE_HINTS: Record<RecordKind, { noun: string; setup: string }> = {
  changes: { noun: 'pull requests', setup: 'the GitHub source' },
  reviews: { noun: 'pull request reviews', setup: 'the GitHub source' },
  deployments: {
    noun: 'deployments',
    setup: 'the GitHub source with a production environment or deploy workflow pattern',
  },
  incidents: {
    noun: 'incidents',
    setup: 'an incident definition in the GitHub source (incident label) or manual incidents',
  },
  releases: { noun: 'releases', setup: 'the GitHub source' },
  workItems: { noun: 'work items', setup: 'the Asana source (or GitHub issues)' },
  sprints: { noun: 'sprints', setup: 'the Asana source with sprint projects' },
  documents: { noun: 'documents', setup: 'the Notion source (PRD/FSD databases)' },
  webTraffic: { noun: 'web traffic', setup: 'the GA4 source' },
  emailStats: { noun: 'email statistics', setup: 'the HubSpot source' },
  productEvents: { noun: 'product events', setup: 'the GA4 source with product events' },
  manualValues: { noun: 'manual values', setup: 'manual values in the data source settings' },
};
