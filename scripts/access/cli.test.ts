import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli';
import { startFakeGrafana, type FakeGrafana } from './testing/fakeGrafana';

const USERS = [
  { id: 1, login: 'alice', email: 'alice@example.com' },
  { id: 2, login: 'bob', email: 'bob@example.com' },
  { id: 3, login: 'carol', email: 'carol@example.com' },
  { id: 4, login: 'dana', email: 'dana@example.com' },
];

const MEMBERS = `teams:
  Engineering: [alice@example.com, bob]
  Marketing: [carol]
  Leadership: [dana@example.com, ghost@example.com]
`;

describe('npm run setup:access', () => {
  let grafana: FakeGrafana;
  let membersPath: string;

  beforeEach(async () => {
    grafana = await startFakeGrafana(USERS, ['Engineering']);
    membersPath = join(mkdtempSync(join(tmpdir(), 'access-')), 'members.yaml');
    writeFileSync(membersPath, MEMBERS);
  });
  afterEach(() => grafana.close());

  const run = async (token = 'admin-token') => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ['--url', grafana.url, '--token', token, '--members', membersPath],
      (l) => out.push(l),
      (l) => err.push(l)
    );
    return { code, out, err };
  };

  it('creates the teams, adds members, creates the missing folder and sets department permissions', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(grafana.state.teams.map((t) => t.name)).toEqual(['Engineering', 'Marketing', 'Leadership']);
    const team = (name: string) => grafana.state.teams.find((t) => t.name === name);
    expect(team('Engineering')?.members).toEqual([1, 2]);
    expect(team('Marketing')?.members).toEqual([3]);
    expect(team('Leadership')?.members).toEqual([4]);
    expect(grafana.state.folders.map((f) => f.title)).toEqual(['Engineering', 'Marketing']);
    const eng = grafana.state.folders[0].permissions;
    expect(eng).toEqual([
      { teamId: team('Engineering')?.id, permission: 2 },
      { teamId: team('Leadership')?.id, permission: 1 },
    ]);
    expect(grafana.state.folders[1].permissions).toEqual([
      { teamId: team('Marketing')?.id, permission: 2 },
      { teamId: team('Leadership')?.id, permission: 1 },
    ]);
    expect(out).toContain('changed: created team Engineering (id 10)');
    expect(out).toContain('changed: created folder Marketing (uid f2)');
    expect(out).toContain(
      'warning: user ghost@example.com does not exist in Grafana; not added to Leadership (invite them, then re-run)'
    );
  });

  it('is idempotent: a second run changes nothing and says so', async () => {
    await run();
    const writes = grafana.state.writes.length;
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(grafana.state.writes).toHaveLength(writes);
    expect(out.filter((l) => l.startsWith('changed:'))).toEqual([]);
    expect(out).toContain('Access is already set up; nothing changed.');
  });

  it('fails with exit code 1 and a clear message for a non-admin token', async () => {
    const { code, err } = await run('viewer-token');
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/HTTP 403 on GET \/api\/teams\/search.*Admin role/);
    expect(grafana.state.writes).toEqual([]);
  });

  it('rejects a members file with an unknown team', async () => {
    writeFileSync(membersPath, 'teams:\n  Sales: [alice]\n');
    const { code, err } = await run();
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/not a valid members file/);
  });

  it('prints usage with exit code 2 when arguments are missing', async () => {
    const err: string[] = [];
    expect(
      await runCli(
        ['--url', grafana.url],
        () => undefined,
        (l) => err.push(l)
      )
    ).toBe(2);
    expect(err[0]).toMatch(/usage: npm run setup:access/);
  });
});
