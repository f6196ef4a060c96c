import type { SourceFactory } from '../types';
import { Ga4Source } from './ga4Source';
import { ga4Config } from './settings';

/** The GA4 record source of a data source's settings (property id, service account key). */
export const createGa4Source: SourceFactory = (settings) => new Ga4Source(ga4Config(settings));
