import './testing/requireNodeSqlite'; // first: a clear message on a Node without node:sqlite

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openStore } from './openStore';
import { TEST_PG_URL_ENV } from './testing/openTestStore';

const dir = mkdtempSync(join(tmpdir(), 'teammetrics-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens nothing for mode off', async () => {
    expect(await openStore({ settings: { mode: 'off' }, defaultDir: join(dir, 'never') })).toBeUndefined();
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('opens the embedded store in the default directory when no path is set', async () => {
    const store = await openStore({ settings: { path: '  ' }, defaultDir: join(dir, 'default') });
    expect(store?.kind).toBe('sqlite');
    await store?.applyBatch('uid', 'github', { upserts: {}, cursor: 'c', done: false }, 0);
    expect(existsSync(join(dir, 'default', 'uid.sqlite'))).toBe(true);
    await store?.close();
  });

  it('uses the configured path', async () => {
    const store = await openStore({ settings: { mode: 'embedded', path: join(dir, 'custom') }, defaultDir: join(dir, 'unused') });
    await store?.applyBatch('uid', 'github', { upserts: {}, cursor: 'c', done: false }, 0);
    expect([existsSync(join(dir, 'custom', 'uid.sqlite')), existsSync(join(dir, 'unused'))]).toEqual([true, false]);
    await store?.close();
  });

  it('refuses an embedded directory it cannot create, naming it', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    await expect(openStore({ settings: { path: join(blocker, 'store') }, defaultDir: dir })).rejects.toThrow(`The embedded store cannot write to ${join(blocker, 'store')} (ENOTDIR)`);
  });

  it('asks for the PostgreSQL URL when it is missing', async () => {
    await expect(openStore({ settings: { mode: 'postgres' }, defaultDir: dir })).rejects.toThrow('no PostgreSQL URL is saved');
  });

  it('fails to open an unreachable PostgreSQL with a message that names it without the password', async () => {
    const error = await openStore({ settings: { mode: 'postgres' }, postgresUrl: 'postgres://tm:Hidden-Pass@127.0.0.1:1/metrics', defaultDir: dir }).catch((err: Error) => err);
    expect((error as Error).message).toMatch(/^PostgreSQL store tm@127\.0\.0\.1:1\/metrics: connection refused/);
    expect((error as Error).message).not.toContain('Hidden-Pass');
  });

  const pgUrl = process.env[TEST_PG_URL_ENV];
  (pgUrl ? it : it.skip)(`opens PostgreSQL from the secret URL (needs ${TEST_PG_URL_ENV})`, async () => {
    const store = await openStore({ settings: { mode: 'postgres', path: join(dir, 'ignored') }, postgresUrl: pgUrl, defaultDir: dir });
    expect(store?.kind).toBe('postgres');
    expect(await store?.generation(`open-store-${process.pid}`)).toBe(0);
    await store?.close();
  });
});
