/**
 * Child process of the lock test: tries the sync lock and prints "locked" or "refused". When locked it holds the
 * lock until stdin closes (then releases and exits) or it is killed.
 * Usage: lockHolder.ts <instance> <source>   (store in env TEAMMETRICS_TEST_STORE)
 */
import type { SourceName } from '../../../common/records';
import { openChildStore } from './openTestStore';

async function main(): Promise<void> {
  const [instance, source] = process.argv.slice(2);
  const store = await openChildStore();
  const lock = await store.tryLock(instance, source as SourceName);
  process.stdout.write(lock ? 'locked\n' : 'refused\n');
  if (!lock) {
    await store.close();
    return;
  }
  process.stdin.on('end', () => {
    void lock
      .release()
      .then(() => store.close())
      .then(() => process.stdout.write('released\n'));
  });
  process.stdin.resume();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
