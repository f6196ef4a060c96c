/**
 * A local double of the Grafana HTTP API endpoints the access setup uses (shapes from Grafana's HTTP API
 * docs): teams search/create/members, users lookup, folders list/create, folder permissions get/replace.
 * Token "admin-token" is an org admin; any other token gets 403 like a Viewer's service account.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Team {
  id: number;
  uid: string;
  name: string;
  members: number[];
}

interface State {
  users: Array<{ id: number; login: string; email: string }>;
  teams: Team[];
  folders: Array<{
    id: number;
    uid: string;
    title: string;
    permissions: Array<{ teamId?: number; role?: string; permission: number }>;
  }>;
  /** Every mutating request, e.g. "POST /api/teams". */
  writes: string[];
}

export interface FakeGrafana {
  url: string;
  state: State;
  close(): Promise<void>;
}

const DEFAULT_PERMISSIONS = [
  { role: 'Editor', permission: 2 },
  { role: 'Viewer', permission: 1 },
];

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => resolve(text ? (JSON.parse(text) as Record<string, unknown>) : {}));
  });
}

export async function startFakeGrafana(users: State['users'], folders: string[] = []): Promise<FakeGrafana> {
  const state: State = {
    users,
    teams: [],
    folders: folders.map((title, i) => ({ id: i + 1, uid: `f${i + 1}`, title, permissions: [...DEFAULT_PERMISSIONS] })),
    writes: [],
  };
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    if (req.headers.authorization !== 'Bearer admin-token') {
      return send(res, 403, {
        message: "You'll need additional permissions to perform this action. Permissions needed: teams:read",
      });
    }
    const body = method === 'GET' ? {} : await readBody(req);
    if (method !== 'GET') {
      state.writes.push(`${method} ${path}`);
    }
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/api/teams/search') {
      const name = url.searchParams.get('name');
      const teams = state.teams
        .filter((t) => !name || t.name === name)
        .map(({ id, uid, name: n }) => ({ id, uid, name: n, memberCount: 0 }));
      return send(res, 200, { totalCount: teams.length, teams, page: 1, perPage: 1000 });
    }
    if (method === 'POST' && path === '/api/teams') {
      const team = {
        id: state.teams.length + 10,
        uid: `t${state.teams.length + 10}`,
        name: String(body.name),
        members: [],
      };
      state.teams.push(team);
      return send(res, 200, { message: 'Team created', teamId: team.id, uid: team.uid });
    }
    if ((m = /^\/api\/teams\/(\d+)\/members$/.exec(path))) {
      const team = state.teams.find((t) => t.id === Number(m?.[1]));
      if (!team) {
        return send(res, 404, { message: 'Team not found' });
      }
      if (method === 'GET') {
        return send(
          res,
          200,
          team.members.map((id) => ({ teamId: team.id, userId: id, ...state.users.find((u) => u.id === id) }))
        );
      }
      team.members.push(Number(body.userId));
      return send(res, 200, { message: 'Member added to Team' });
    }
    if (method === 'GET' && path === '/api/users/lookup') {
      const key = url.searchParams.get('loginOrEmail');
      const user = state.users.find((u) => u.login === key || u.email === key);
      return user ? send(res, 200, { ...user, isGrafanaAdmin: false }) : send(res, 404, { message: 'user not found' });
    }
    if (path === '/api/folders') {
      if (method === 'GET') {
        return send(
          res,
          200,
          state.folders.map(({ id, uid, title }) => ({ id, uid, title }))
        );
      }
      const folder = {
        id: state.folders.length + 1,
        uid: `f${state.folders.length + 1}`,
        title: String(body.title),
        permissions: [...DEFAULT_PERMISSIONS],
      };
      state.folders.push(folder);
      return send(res, 200, { id: folder.id, uid: folder.uid, title: folder.title });
    }
    if ((m = /^\/api\/folders\/([^/]+)\/permissions$/.exec(path))) {
      const folder = state.folders.find((f) => f.uid === m?.[1]);
      if (!folder) {
        return send(res, 404, { message: 'Folder not found' });
      }
      if (method === 'GET') {
        return send(
          res,
          200,
          folder.permissions.map((p) => ({ folderId: folder.id, uid: folder.uid, inherited: false, ...p }))
        );
      }
      folder.permissions = (body.items as typeof folder.permissions) ?? [];
      return send(res, 200, { message: 'Folder permissions updated' });
    }
    return send(res, 404, { message: `no fake for ${method} ${path}` });
  };
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    state,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
