import { changeFailRate } from '../dora/changeFailRate';
import { prReopenRate } from '../flow/prReopenRate';
import { teamLevel } from './teamLevel';

/**
 * SPACE performance — change fail rate per team: the DORA computer (backend/engine/metrics/dora), reused as is,
 * with person grouping refused. Source: deployments (+ incidents, changes when present).
 *
 * @example spaceChangeFailRate(records, { ...request, groupBy: 'team' })
 */
export const spaceChangeFailRate = teamLevel(changeFailRate);

/**
 * SPACE performance — PR reopen rate per team: the flow computer reused, person grouping refused. Source: changes.
 *
 * @example spaceReopenRate(records, request)
 */
export const spaceReopenRate = teamLevel(prReopenRate);
