import type { SourceFactory } from '../types';

/** The HubSpot record source; undefined while its client is not part of this build. */
export const createHubSpotSource: SourceFactory | undefined = undefined;
