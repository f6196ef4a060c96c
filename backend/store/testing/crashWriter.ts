/**
 * Child process of the crash test: applies crash batches from the stored cursor on, forever, printing
 * "begin <n>" before and "committed <n>" after each, until the parent kills it.
 * Usage: crashWriter.ts <instance> <records per batch>   (store in env TEAMMETRICS_TEST_STORE)
 */
import { crashBatch } from './crashBatch';
import { openChildStore } from './openTestStore';

async function main(): Promise<void> {
  const [instance, size] = process.argv.slice(2);
  const store = await openChildStore();
  const status = await store.status(instance, 'github');
  for (let n = status?.cursor ? Number(status.cursor) + 1 : 1; ; n++) {
    const batch = crashBatch(n, Number(size));
    process.stdout.write(`begin ${n}\n`);
    await store.applyBatch(instance, 'github', batch, Date.now());
    process.stdout.write(`committed ${n}\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
