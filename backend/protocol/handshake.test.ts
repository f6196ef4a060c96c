import { checkHandshakeEnv, handshakeLine } from './handshake';

describe('checkHandshakeEnv', () => {
  it.each([
    ['no cookie', {}, false],
    ['wrong cookie', { grafana_plugin_type: 'app' }, false],
    ['cookie, no versions offered (defaults to 2)', { grafana_plugin_type: 'datasource' }, true],
    ['cookie, versions 1,2', { grafana_plugin_type: 'datasource', PLUGIN_PROTOCOL_VERSIONS: '1,2' }, true],
    ['cookie, only version 1', { grafana_plugin_type: 'datasource', PLUGIN_PROTOCOL_VERSIONS: '1' }, false],
  ])('%s', (_name, env, ok) => {
    const result = checkHandshakeEnv(env as NodeJS.ProcessEnv);
    expect(result.ok).toBe(ok);
    if (result.ok) {
      expect(result.version).toBe(2);
    }
  });

  it('explains a missing cookie in words a person running the binary understands', () => {
    const result = checkHandshakeEnv({});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/plugin for Grafana.*grafana_plugin_type=datasource/s);
  });
});

describe('handshakeLine', () => {
  it('is the five-field go-plugin line ending in a newline', () => {
    expect(handshakeLine(2, 'tcp', '127.0.0.1:43117')).toBe('1|2|tcp|127.0.0.1:43117|grpc\n');
  });
});
