/** Downloads and verifies the pinned Node.js runtimes (scripts/runtime.json) into .cache/runtime/. */
import { RUNTIME, runtimeBinary } from './lib/runtime';

for (const target of RUNTIME.targets) {
  process.stderr.write(`Node ${RUNTIME.version} ${target.goos}/${target.goarch}: ${runtimeBinary(target)}\n`);
}
