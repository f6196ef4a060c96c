/** The manual-values source: on when jsonData.manualValues lists any value. */
import type { SourceFactory } from '../types';
import { ManualSource } from './manualSource';

export const createManualSource: SourceFactory = ({ jsonData }) =>
  new ManualSource(jsonData.manualValues ?? [], jsonData.timezone || 'UTC');
