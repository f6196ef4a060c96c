import { Client } from 'pg';

import { PostgresStore } from './postgresStore';
import type { RecordStore } from './recordStore';
import { describeStoreContract } from './storeContract';
import { TEST_PG_URL_ENV, TEST_STORE_ENV } from './testing/openTestStore';
import { spawnChild } from './testing/spawnChild';

const url = process.env[TEST_PG_URL_ENV];
const HOW = `set ${TEST_PG_URL_ENV}=postgres://user:password@127.0.0.1:5432/database (.ci/run sets up a local PostgreSQL)`;

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A trigger failing inserts of id 'poison'; installed once (under a lock: other test runs may share the database). */
async function installPoison(): Promise<void> {
  await withAdmin(async (client) => {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('teammetrics_test_poison'))`);
    await client.query(`CREATE OR REPLACE FUNCTION teammetrics_test_poison() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'poisoned record'; END $$`);
    await client.query(`CREATE OR REPLACE TRIGGER teammetrics_test_poison BEFORE INSERT OR UPDATE ON records
      FOR EACH ROW WHEN (NEW.id = 'poison') EXECUTE FUNCTION teammetrics_test_poison()`);
    await client.query('COMMIT');
  });
}

async function openStore(connectionString = url ?? ''): Promise<PostgresStore> {
  const store = new PostgresStore(connectionString);
  await store.open();
  return store;
}

async function poll<T>(attempt: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined || Date.now() > deadline) {
      return result;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

if (!url && process.env.CI) {
  describe('PostgresStore', () => {
    it('runs in CI', () => {
      throw new Error(`CI must test the PostgreSQL store, but ${TEST_PG_URL_ENV} is not set: ${HOW}`);
    });
  });
} else if (!url) {
  describe.skip(`PostgresStore: skipped, ${HOW}`, () => {
    it('runs against PostgreSQL', () => undefined);
  });
} else {
  describe('PostgresStore', () => {
    describeStoreContract({ spec: { kind: 'postgres' }, open: () => openStore(), poison: installPoison });

    describe('against other processes', () => {
      let store: RecordStore;
      const instance = `test-${process.pid}-lock`;
      const env = { [TEST_STORE_ENV]: JSON.stringify({ kind: 'postgres' }) };
      const holder = () => spawnChild('lockHolder.ts', [instance, 'github'], env);
      const answer = (line: string) => line === 'locked' || line === 'refused';

      beforeAll(async () => {
        store = await openStore();
      });
      afterAll(() => store.close());

      it('refuses the lock to another OS process while held, and frees it when that process is killed', async () => {
        const mine = await store.tryLock(instance, 'github');
        const refused = holder();
        expect(await refused.waitForLine(answer)).toBe('refused');
        expect(await refused.exited).toBe(0);
        await mine?.release();

        const killed = holder();
        expect(await killed.waitForLine(answer)).toBe('locked');
        expect(await store.tryLock(instance, 'github')).toBeUndefined();
        killed.process.kill('SIGKILL');
        await killed.exited;
        const freed = await poll(() => store.tryLock(instance, 'github'), 10_000);
        expect(freed).toBeDefined();
        await freed?.release();
      }, 60_000);

      it('gets the lock back when the other process releases it', async () => {
        const other = holder();
        expect(await other.waitForLine(answer)).toBe('locked');
        expect(await store.tryLock(instance, 'github')).toBeUndefined();
        other.process.stdin?.end();
        await other.waitForLine((line) => line === 'released');
        const lock = await store.tryLock(instance, 'github');
        expect(lock).toBeDefined();
        await lock?.release();
      }, 60_000);
    });

    it('creates its tables once when several processes open a fresh database together', async () => {
      const schema = `teammetrics_test_${process.pid}_${Date.now()}`;
      await withAdmin((client) => client.query(`CREATE SCHEMA ${schema}`));
      const scoped = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const stores = Array.from({ length: 8 }, () => new PostgresStore(scoped));
      try {
        await Promise.all(stores.map((s) => s.open()));
        await stores[0].applyBatch('i', 'github', { upserts: {}, cursor: 'c', done: true }, 1);
        const { rows } = await withAdmin((client) => client.query(`SELECT count(*)::int AS n FROM ${schema}.sync_state`));
        expect(rows).toEqual([{ n: 1 }]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
        await withAdmin((client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
      }
    }, 60_000);

    it('reports a wrong password without revealing it or the URL', async () => {
      const parsed = new URL(url);
      parsed.password = 'Wrong-Secret-4711';
      const store = new PostgresStore(parsed.toString());
      const error = await store.open().then(
        () => undefined,
        (err: unknown) => err as Error
      );
      await store.close();
      expect(error?.message).toContain('password authentication failed');
      expect(error?.message).toContain(`${decodeURIComponent(parsed.username)}@${parsed.hostname}`);
      expect(error?.message).not.toContain('Wrong-Secret-4711');
      expect(JSON.stringify(error)).not.toContain('Wrong-Secret-4711');
    });
  });
}
