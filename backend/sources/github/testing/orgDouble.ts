/**
 * A mutable msw double of GitHub over a generated organisation (bench/benchOrg.ts): GraphQL search (with the
 * 1,000-result cap), deployments, tags, releases and compare. Tests edit the state between runs; every call is
 * logged with what it returned.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { TagNode } from '../queries/tagsQuery';
import { generateBenchOrg, type BenchOrgOptions, type BenchRepo } from './bench/benchOrg';
import { GITHUB_API } from './fixtureDouble';
import { lastChange, matchesSearch, type SearchableItem } from './orgSearch';
import { compareBody, releaseBody } from './restPayloads';

export interface OrgState {
  repos: BenchRepo[];
  /** Per repository, newest first. */
  tags: Map<string, TagNode[]>;
  /** "owner/name#number" → when the item was last edited (default: its last open or close). */
  updatedAt: Map<string, number>;
}

export interface OrgCall {
  /** "graphql:<operation>" or "rest:<releases|compare>". */
  family: string;
  /** The search string of a search. */
  q?: string;
  /** Numbers of the items a search returned. */
  numbers?: number[];
  query?: string;
  body: unknown;
}

/** The bench organisation, plus one lightweight tag per release and a bare "hotfix" tag per repository. */
export function orgState(options: BenchOrgOptions): OrgState {
  const repos = generateBenchOrg(options);
  const tags = new Map(
    repos.map((r): [string, TagNode[]] => [
      r.name,
      [
        { name: 'hotfix-1', target: { __typename: 'Tag', tagger: { date: new Date(options.now - 3 * 86_400_000).toISOString() } } },
        ...r.releases.map((rel) => ({ name: rel.tag_name, target: { __typename: 'Commit', committedDate: rel.created_at } })),
      ],
    ])
  );
  return { repos, tags, updatedAt: new Map() };
}

export function touch(state: OrgState, repo: string, number: number, at: number): void {
  state.updatedAt.set(`${repo}#${number}`, at);
}

function page<T>(items: readonly T[], after: unknown, cap = Infinity) {
  const offset = after ? Number(after) : 0;
  const nodes = items.slice(offset, Math.min(offset + 100, cap));
  const next = offset + nodes.length;
  return { nodes, pageInfo: { hasNextPage: next < Math.min(items.length, cap), endCursor: String(next) } };
}

const aliases = (query: string) => [...query.matchAll(/(r\d+): repository\(owner: "([^"]+)", name: "([^"]+)"\)/g)].map(([, alias, owner, name]) => ({ alias, repo: `${owner}/${name}` }));

function graphql(state: OrgState, op: string, v: Record<string, unknown>, query: string, log: Omit<OrgCall, 'body'>): { data: unknown; errors?: unknown[] } {
  const find = (name: string) => state.repos.find((r) => r.name === name);
  const deployments = (repo: BenchRepo, after: unknown) => ({ nameWithOwner: repo.name, defaultBranchRef: { name: 'main' }, deployments: page(repo.deployments, after) });
  const refs = (repo: string, after: unknown) => ({ refs: page(state.tags.get(repo) ?? [], after) });
  const batch = (make: (repo: BenchRepo) => unknown) => {
    const fields = aliases(query).map(({ alias, repo }) => [alias, find(repo) ? make(find(repo) as BenchRepo) : null] as const);
    const missing = fields.filter(([, value]) => value === null).map(([alias]) => ({ type: 'NOT_FOUND', path: [alias], message: 'Could not resolve to a Repository.' }));
    return { data: Object.fromEntries(fields), ...(missing.length > 0 ? { errors: missing } : {}) };
  };
  switch (op) {
    case 'TeamMetricsPullRequests':
    case 'TeamMetricsIssues':
    case 'TeamMetricsIssueNumbers': {
      const items: SearchableItem[] = op === 'TeamMetricsPullRequests' ? state.repos.flatMap((r) => r.prs) : state.repos.flatMap((r) => r.issues);
      const q = String(v.q);
      const found = items.filter((i) => matchesSearch(i, q, state.updatedAt.get(`${i.repository.nameWithOwner}#${i.number}`) ?? lastChange(i)));
      const served = page(found, v.after, 1000);
      log.q = q;
      log.numbers = served.nodes.map((n) => n.number);
      const nodes = op === 'TeamMetricsIssueNumbers' ? served.nodes.map((n) => ({ number: n.number, repository: n.repository })) : served.nodes;
      return { data: { search: { issueCount: found.length, pageInfo: served.pageInfo, nodes } } };
    }
    case 'TeamMetricsDeploymentsBatch':
      return batch((repo) => deployments(repo, null));
    case 'TeamMetricsDeployments': {
      const repo = find(`${String(v.owner)}/${String(v.name)}`);
      return { data: { repository: repo ? deployments(repo, v.after) : null } };
    }
    case 'TeamMetricsTagsBatch':
      return batch((repo) => refs(repo.name, null));
    case 'TeamMetricsTags':
      return { data: { repository: refs(`${String(v.owner)}/${String(v.name)}`, v.after) } };
    default:
      throw new Error(`org double: no GraphQL operation ${op}`);
  }
}

export function orgHandlers(state: OrgState, calls: OrgCall[] = []): HttpHandler[] {
  const find = (owner: unknown, name: unknown) => state.repos.find((r) => r.name === `${String(owner)}/${String(name)}`);
  return [
    http.post(`${GITHUB_API}/graphql`, async ({ request }) => {
      const { query, variables } = (await request.json()) as { query: string; variables?: Record<string, unknown> };
      const op = /query\s+(\w+)/.exec(query)?.[1] ?? 'unknown';
      const log: Omit<OrgCall, 'body'> = { family: `graphql:${op}`, query };
      const body = graphql(state, op, variables ?? {}, query, log);
      calls.push({ ...log, body });
      return HttpResponse.json(body as Record<string, unknown>);
    }),
    http.get(`${GITHUB_API}/repos/:owner/:repo/releases`, ({ params, request }) => {
      const url = new URL(request.url);
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const pageNo = Number(url.searchParams.get('page') ?? 1);
      const all = find(params.owner, params.repo)?.releases ?? [];
      const body = all.slice((pageNo - 1) * perPage, pageNo * perPage).map(releaseBody);
      calls.push({ family: 'rest:releases', body });
      const next = new URL(url);
      next.searchParams.set('page', String(pageNo + 1));
      return HttpResponse.json(body, { headers: pageNo * perPage < all.length ? { link: `<${next.href}>; rel="next"` } : {} });
    }),
    http.get(`${GITHUB_API}/repos/:owner/:repo/compare/:basehead`, ({ params, request }) => {
      const url = new URL(request.url);
      const history = find(params.owner, params.repo)?.history ?? [];
      const [base, head] = String(params.basehead).split('...');
      const commits = history.slice(history.indexOf(base) + 1, history.indexOf(head) + 1);
      const perPage = Number(url.searchParams.get('per_page') ?? 250);
      const pageNo = Number(url.searchParams.get('page') ?? 1);
      const body = compareBody(base, commits, commits.slice((pageNo - 1) * perPage, pageNo * perPage));
      calls.push({ family: 'rest:compare', body });
      return HttpResponse.json(body);
    }),
  ];
}
