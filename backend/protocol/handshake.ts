/** go-plugin handshake: magic cookie, protocol version negotiation and the one stdout line. */

export const MAGIC_COOKIE_KEY = 'grafana_plugin_type';
export const MAGIC_COOKIE_VALUE = 'datasource';
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 2;

export type HandshakeCheck = { ok: true; version: number } | { ok: false; message: string };

export function checkHandshakeEnv(env: NodeJS.ProcessEnv): HandshakeCheck {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    return {
      ok: false,
      message:
        'This binary is a plugin for Grafana (Team Metrics data source). It is not meant to be run directly: ' +
        'Grafana starts it. Install the plugin into Grafana\'s plugin directory instead. ' +
        `(missing environment ${MAGIC_COOKIE_KEY}=${MAGIC_COOKIE_VALUE})`,
    };
  }
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? String(APP_PROTOCOL_VERSION))
    .split(',')
    .map((v) => Number(v.trim()))
    .filter((v) => Number.isInteger(v));
  if (!offered.includes(APP_PROTOCOL_VERSION)) {
    return {
      ok: false,
      message: `Grafana offered plugin protocol versions [${offered.join(', ')}]; this plugin speaks version ${APP_PROTOCOL_VERSION}. Upgrade Grafana or the plugin.`,
    };
  }
  return { ok: true, version: APP_PROTOCOL_VERSION };
}

/** `1|2|tcp|127.0.0.1:43117|grpc` — core version, app version, network, address, protocol. */
export function handshakeLine(version: number, network: 'tcp' | 'unix', address: string): string {
  return `${CORE_PROTOCOL_VERSION}|${version}|${network}|${address}|grpc\n`;
}
