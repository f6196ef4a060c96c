import './testing/requireNodeSqlite'; // first: a clear message on a Node without node:sqlite

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DatabaseSync } from 'node:sqlite';

import { SqliteStore } from './sqliteStore';
import { describeStoreContract } from './storeContract';

const dir = mkdtempSync(join(tmpdir(), 'teammetrics-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SqliteStore', () => {
  describeStoreContract({
    spec: { kind: 'sqlite', dir },
    open: async () => {
      const store = new SqliteStore(dir);
      await store.open();
      return store;
    },
    poison: async (store, instance) => {
      await store.status(instance, 'github'); // creates the file
      const db = new DatabaseSync((store as SqliteStore).fileOf(instance));
      db.exec(`CREATE TRIGGER IF NOT EXISTS poison BEFORE INSERT ON records WHEN NEW.id = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned record'); END`);
      db.close();
    },
  });

  it('keeps one WAL file per instance, named after its sanitized uid, and deletes it with the instance', async () => {
    const store = new SqliteStore(join(dir, 'files'));
    await store.open();
    await store.applyBatch('../evil/uid', 'github', { upserts: {}, cursor: 'c', done: false }, 0);
    expect(readdirSync(join(dir, 'files')).filter((f) => f.endsWith('.sqlite'))).toEqual(['%2E%2E%2Fevil%2Fuid.sqlite']);
    const db = new DatabaseSync(store.fileOf('../evil/uid'));
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
    await store.dropInstance('../evil/uid');
    expect(existsSync(store.fileOf('../evil/uid'))).toBe(false);
    await store.close();
  });

  it('reopens a file written by an earlier store with its data', async () => {
    const first = new SqliteStore(join(dir, 'reopen'));
    await first.open();
    await first.applyBatch('uid', 'github', { upserts: {}, cursor: 'kept', done: true }, 5);
    await first.close();
    const second = new SqliteStore(join(dir, 'reopen'));
    await second.open();
    expect(await second.status('uid', 'github')).toMatchObject({ cursor: 'kept', lastSuccessAt: 5, backfilled: true });
    await second.close();
  });
});
