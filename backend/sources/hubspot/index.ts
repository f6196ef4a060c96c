import type { SourceFactory } from '../types';
import { HubSpotSource } from './hubSpotSource';
import { hubSpotConfig } from './settings';

/** The HubSpot record source of a data source's settings (private app token); one SDK client per instance. */
export const createHubSpotSource: SourceFactory = (settings) => new HubSpotSource(hubSpotConfig(settings));
