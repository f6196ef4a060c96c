/**
 * Entry point of the gpx_teammetrics executable that Grafana starts. stdout carries exactly one line,
 * the go-plugin handshake; everything else is logged to stderr.
 */
import { dirname } from 'node:path';
import { isSea } from 'node:sea';
import { format } from 'node:util';

import { checkHandshakeEnv, handshakeLine } from './protocol/handshake';
import { createLogger, parseLogLevel } from './protocol/logger';
import { createPluginMetrics } from './protocol/pluginMetrics';
import { Redactor } from './protocol/redactor';
import { startPluginServer } from './protocol/server';
import { PLUGIN_VERSION } from './plugin/resources';
import { createTeamMetricsPlugin } from './plugin';
import { createStoreSyncFactory } from './sync/createStoreSync';
import { defaultStoreDir } from './sync/defaultStoreDir';

/** After this long without a clean stop, exit anyway: Grafana SIGKILLs at 2 s. */
const SHUTDOWN_DEADLINE_MS = 1_500;

async function main(): Promise<void> {
  const handshake = checkHandshakeEnv(process.env);
  if (!handshake.ok) {
    process.stderr.write(handshake.message + '\n');
    process.exit(1);
  }
  const redactor = new Redactor();
  const logger = createLogger(
    (line) => process.stderr.write(line),
    parseLogLevel(process.env.GF_PLUGIN_LOG_LEVEL ?? 'debug'),
    undefined,
    (text) => redactor.scrub(text)
  );
  // A stray console.log from any library would break the handshake or be dropped: route it to stderr.
  console.log = console.info = (...args: unknown[]) => logger.info(format(...args));
  // eslint-disable-next-line no-console
  console.debug = (...args: unknown[]) => logger.debug(format(...args));
  console.warn = (...args: unknown[]) => logger.warn(format(...args));
  console.error = (...args: unknown[]) => logger.error(format(...args));
  process.on('unhandledRejection', (reason) => logger.error('unhandled promise rejection', { error: reason instanceof Error ? reason.stack : String(reason) }));
  process.on('uncaughtException', (err) => logger.error('uncaught exception', { error: err.stack ?? String(err) }));

  const metrics = createPluginMetrics();
  const pluginDir = isSea() ? dirname(process.execPath) : __dirname;
  const plugin = createTeamMetricsPlugin({ logger, metrics, redactor, storeSync: createStoreSyncFactory(defaultStoreDir(pluginDir)) });
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info('stopping', { reason });
    setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
    void Promise.all([server.shutdown(300), plugin.dispose()]).finally(() => process.exit(0));
  };
  const server = await startPluginServer({ handlers: plugin, metrics, logger, onShutdownRequested: () => stop('Shutdown RPC') });
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  process.stdout.write(handshakeLine(handshake.version, 'tcp', server.address));
  logger.info('Team Metrics plugin started', { version: PLUGIN_VERSION, address: server.address, node: process.version, pid: process.pid });
}

main().catch((err: unknown) => {
  process.stderr.write(`Team Metrics plugin failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
