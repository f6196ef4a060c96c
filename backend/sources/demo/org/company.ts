/** The fixed shape of the demo company: teams, repos, services and a deterministic roster. */
import { pick, type Rng } from './prng';
import type { DemoPerson, DemoRepo, DemoRole, DemoService, DemoTeam } from './types';

export const TEAMS: DemoTeam[] = [
  { id: 'platform', name: 'Platform' },
  { id: 'payments', name: 'Payments' },
  { id: 'growth', name: 'Growth' },
  { id: 'mobile', name: 'Mobile' },
  { id: 'data', name: 'Data' },
];

export const REPOS: DemoRepo[] = [
  { name: 'acme/api-gateway', team: 'platform', service: 'api-gateway', kind: 'service' },
  { name: 'acme/auth', team: 'platform', service: 'auth', kind: 'service' },
  { name: 'acme/infra-modules', team: 'platform', kind: 'library' },
  { name: 'acme/payments-api', team: 'payments', service: 'payments-api', kind: 'service' },
  { name: 'acme/billing', team: 'payments', service: 'billing', kind: 'service' },
  { name: 'acme/web-app', team: 'growth', service: 'web-app', kind: 'service' },
  { name: 'acme/marketing-site', team: 'growth', service: 'marketing-site', kind: 'service' },
  { name: 'acme/ios-app', team: 'mobile', service: 'ios-app', kind: 'mobile' },
  { name: 'acme/android-app', team: 'mobile', service: 'android-app', kind: 'mobile' },
  { name: 'acme/design-system', team: 'mobile', kind: 'library' },
  { name: 'acme/data-pipeline', team: 'data', service: 'data-pipeline', kind: 'service' },
  { name: 'acme/analytics-api', team: 'data', service: 'analytics-api', kind: 'service' },
];

const DEPLOY_WEIGHTS: Record<string, number> = {
  'api-gateway': 1.6,
  auth: 0.8,
  'payments-api': 1.2,
  billing: 0.7,
  'web-app': 2,
  'marketing-site': 1,
  'ios-app': 0.3,
  'android-app': 0.3,
  'data-pipeline': 0.9,
  'analytics-api': 0.8,
};

export const SERVICES: DemoService[] = REPOS.flatMap((r) =>
  r.service ? [{ name: r.service, team: r.team, repo: r.name, deployWeight: DEPLOY_WEIGHTS[r.service] ?? 1 }] : []
);

const FIRST = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lena', 'Mateo',
  'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Viktor', 'Wen', 'Xavi', 'Yara', 'Zoe'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Novak', 'Haddad', 'Silva', 'Kowalski', 'Ibrahim', 'Chen',
  'Rossi', 'Nguyen', 'Schmidt', 'Patel', 'Garcia', 'Mensah'];

function roleFor(indexInTeam: number): DemoRole {
  if (indexInTeam === 0) {
    return 'lead';
  }
  if (indexInTeam === 1) {
    return 'pm';
  }
  return indexInTeam === 2 ? 'designer' : 'engineer';
}

/** `count` people spread round-robin over the teams; logins are unique. */
export function makePeople(rng: Rng, count: number): DemoPerson[] {
  const people: DemoPerson[] = [];
  const logins = new Set<string>();
  for (let i = 0; i < count; i++) {
    const team = TEAMS[i % TEAMS.length];
    const first = pick(rng, FIRST);
    const last = pick(rng, LAST);
    let login = `${first}${last[0]}`.toLowerCase();
    for (let n = 2; logins.has(login); n++) {
      login = `${first}${last[0]}${n}`.toLowerCase();
    }
    logins.add(login);
    people.push({ login, name: `${first} ${last}`, team: team.id, role: roleFor(Math.floor(i / TEAMS.length)) });
  }
  return people;
}
