/**
 * A local GitHub double for the benchmark (node:http on 127.0.0.1): GraphQL search with the 1,000-result cap,
 * deployments, tags, releases, compare and the org's repositories, each answer after a fixed latency. REST
 * answers carry ETags and honour If-None-Match (304).
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { benchUpdatedAt, type BenchRepo } from './benchOrg';

export interface BenchServer {
  url: string;
  /** Requests per family, e.g. "graphql:TeamMetricsPullRequests", "rest:compare", "rest:304". */
  counts: Map<string, number>;
  /** Milliseconds before each answer; may be changed between requests. */
  latencyMs: number;
  close(): Promise<void>;
}

type Dated = { closedAt: string | null; createdAt: string; state?: string; repository: { nameWithOwner: string }; labels?: { nodes: Array<{ name: string }> } };

function searchNodes<T extends Dated>(items: T[], q: string): T[] {
  const repos = [...q.matchAll(/repo:(\S+)/g)].map((m) => m[1]);
  const range = /(created|closed|updated):(\S+)\.\.(\S+)/.exec(q);
  const from = range ? Date.parse(range[2]) : -Infinity;
  const to = range ? Date.parse(range[3]) : Infinity;
  const excluded = [...q.matchAll(/-label:"?([^"\s]+)"?/g)].map((m) => m[1].toLowerCase());
  return items.filter((item) => {
    const open = item.closedAt === null;
    if (!repos.includes(item.repository.nameWithOwner) || (q.includes('is:open') && !open) || (q.includes('is:closed') && open)) {
      return false;
    }
    if (item.labels?.nodes.some((l) => excluded.includes(l.name.toLowerCase()))) {
      return false;
    }
    const updatedAt = () => benchUpdatedAt.get(item) ?? Date.parse(item.closedAt ?? item.createdAt);
    const at = range?.[1] === 'closed' ? Date.parse(item.closedAt ?? '') : range?.[1] === 'updated' ? updatedAt() : Date.parse(item.createdAt);
    return at >= from && at <= to;
  });
}

function page<T>(items: T[], after: unknown, size: number, cap = Infinity) {
  const offset = after ? Number(after) : 0;
  const nodes = items.slice(offset, Math.min(offset + size, cap));
  const next = offset + nodes.length;
  return { nodes, pageInfo: { hasNextPage: next < Math.min(items.length, cap), endCursor: String(next) } };
}

function repositoryDeployments(repo: BenchRepo, after: unknown) {
  return { nameWithOwner: repo.name, defaultBranchRef: { name: 'main' }, deployments: page(repo.deployments, after, 100) };
}

function graphql(org: BenchRepo[], op: string, v: Record<string, unknown>, query: string): unknown {
  const repo = org.find((r) => r.name === `${v.owner}/${v.name}`);
  switch (op) {
    case 'TeamMetricsDeploymentsBatch': {
      const aliases = [...query.matchAll(/(r\d+): repository\(owner: "([^"]+)", name: "([^"]+)"\)/g)];
      return Object.fromEntries(aliases.map(([, alias, owner, name]) => {
        const found = org.find((r) => r.name === `${owner}/${name}`);
        return [alias, found ? repositoryDeployments(found, null) : null];
      }));
    }
    case 'TeamMetricsPullRequests':
    case 'TeamMetricsIssues':
    case 'TeamMetricsIssueNumbers': {
      const all = op === 'TeamMetricsPullRequests' ? org.flatMap((r) => r.prs) : org.flatMap((r) => r.issues);
      const found = searchNodes<Dated>(all, String(v.q));
      return { search: { issueCount: found.length, ...page(found, v.after, 100, 1000) } };
    }
    case 'TeamMetricsDeployments':
      return { repository: repo ? repositoryDeployments(repo, v.after) : null };
    case 'TeamMetricsTagsBatch': {
      const aliases = [...query.matchAll(/(r\d+): repository\(/g)];
      return Object.fromEntries(aliases.map(([, alias]) => [alias, { refs: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } }]));
    }
    case 'TeamMetricsTags':
      return { repository: repo ? { refs: { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } } } : null };
    default:
      return null;
  }
}

function rest(org: BenchRepo[], path: string, query: URLSearchParams): [string, unknown] {
  if (path === '/orgs/acme/repos') {
    return ['rest:repos', org.map((r, id) => ({ id, full_name: r.name, archived: false }))];
  }
  const m = /^\/repos\/([^/]+\/[^/]+)\/(releases|compare\/(\w+)\.\.\.(\w+))$/.exec(path);
  const repo = org.find((r) => r.name === m?.[1]);
  if (!m || !repo) {
    return ['rest:unknown', undefined];
  }
  if (m[2] === 'releases') {
    return ['rest:releases', repo.releases];
  }
  const from = repo.history.indexOf(m[3]);
  const commits = repo.history.slice(from + 1, repo.history.indexOf(m[4]) + 1);
  const pageNo = Number(query.get('page') ?? 1);
  const perPage = Number(query.get('per_page') ?? 100);
  return ['rest:compare', { total_commits: commits.length, commits: commits.slice((pageNo - 1) * perPage, pageNo * perPage).map((s) => ({ sha: s })) }];
}

export async function startBenchServer(org: BenchRepo[], latencyMs: number): Promise<BenchServer> {
  const counts = new Map<string, number>();
  const settings = { latencyMs };
  const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) {
      raw += String(chunk);
    }
    if (settings.latencyMs > 0) {
      await new Promise((r) => setTimeout(r, settings.latencyMs));
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let family: string;
    let body: unknown;
    if (req.method === 'POST' && url.pathname === '/graphql') {
      const { query, variables } = JSON.parse(raw) as { query: string; variables: Record<string, unknown> };
      const op = /query\s+(\w+)/.exec(query)?.[1] ?? 'unknown';
      family = `graphql:${op}`;
      body = { data: graphql(org, op, variables ?? {}, query) };
    } else {
      [family, body] = rest(org, url.pathname, url.searchParams);
    }
    count(family);
    const text = JSON.stringify(body ?? { message: 'Not Found' });
    const etag = `"${createHash('sha1').update(text).digest('hex')}"`;
    if (req.method === 'GET' && req.headers['if-none-match'] === etag) {
      count('rest:304');
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json', etag, 'x-ratelimit-remaining': '4999' }).end(text);
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    get latencyMs() {
      return settings.latencyMs;
    },
    set latencyMs(ms: number) {
      settings.latencyMs = ms;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
