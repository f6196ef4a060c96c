import type { RecordSet } from '../../../../common/records';

export interface DemoTeam {
  id: string;
  name: string;
}

export type DemoRole = 'engineer' | 'lead' | 'pm' | 'designer';

export interface DemoPerson {
  login: string;
  name: string;
  team: string;
  role: DemoRole;
}

export interface DemoRepo {
  /** 'acme/<name>' */
  name: string;
  team: string;
  /** Service deployed from this repo; libraries have none. */
  service?: string;
  kind: 'service' | 'library' | 'mobile';
}

export interface DemoService {
  name: string;
  team: string;
  repo: string;
  /** Relative deployment cadence. */
  deployWeight: number;
}

/** Approximate record counts over the whole window; omitted knobs use realistic defaults. */
export interface DemoScale {
  changes?: number;
  deployments?: number;
  incidents?: number;
  workItems?: number;
  people?: number;
}

export interface GenerateOrgOptions {
  seed: number;
  /** The generator's "now" (epoch ms): nothing happens after it. */
  now: number;
  /** History length in calendar months. */
  months?: number;
  scale?: DemoScale;
}

export interface DemoOrg {
  people: DemoPerson[];
  teams: DemoTeam[];
  repos: DemoRepo[];
  services: DemoService[];
  records: Required<RecordSet>;
}

/** Shared inputs of every generator step. */
export interface OrgContext {
  start: number;
  now: number;
  teams: DemoTeam[];
  people: DemoPerson[];
  repos: DemoRepo[];
  services: DemoService[];
  /** Engineers and leads by team id. */
  engineersByTeam: Map<string, DemoPerson[]>;
}

export const DEFAULT_SCALE: Required<DemoScale> = {
  changes: 5_000,
  deployments: 3_000,
  incidents: 70,
  workItems: 3_000,
  people: 40,
};
