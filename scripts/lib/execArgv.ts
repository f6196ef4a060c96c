/**
 * V8 flags baked into the executables (SEA `execArgv`). A small young generation keeps the resident set
 * low under bursts of concurrent queries (measured: peak RSS 213 MB → about 125 MB in `npm run bench`)
 * for a little more frequent minor GC. The engine benchmark runs its compute with the same flags.
 */
export const EXEC_ARGV = ['--max-semi-space-size=4', '--max-old-space-size=512'];
