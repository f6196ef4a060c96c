import { createLogger, hclogTimestamp, parseLogLevel } from './logger';

describe('hclogTimestamp', () => {
  it('writes exactly six fractional digits, as go-plugin parses them', () => {
    expect(hclogTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 123)))).toBe('2026-01-02T03:04:05.123000Z');
  });
});

describe('createLogger', () => {
  const at = new Date(Date.UTC(2026, 10, 26, 12, 0, 0, 7));

  it('writes one JSON line per entry with @level, @message, @timestamp and fields', () => {
    const lines: string[] = [];
    createLogger((l) => lines.push(l), 'debug', () => at).info('started', { port: 4000, skipped: undefined });
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0])).toEqual({ '@level': 'info', '@message': 'started', '@timestamp': '2026-11-26T12:00:00.007000Z', port: 4000 });
  });

  it('drops entries below the minimum level and never lets fields overwrite @-keys', () => {
    const lines: string[] = [];
    const logger = createLogger((l) => lines.push(l), 'warn', () => at);
    logger.info('hidden');
    logger.error('shown', { '@level': 'debug' });
    expect(lines.map((l) => JSON.parse(l)['@level'])).toEqual(['error']);
  });

  it('parses Grafana-style level names and defaults to info', () => {
    expect(parseLogLevel('DEBUG')).toBe('debug');
    expect(parseLogLevel('verbose')).toBe('info');
    expect(parseLogLevel(undefined)).toBe('info');
  });

  it('scrubs secrets from the message and every string field', () => {
    const lines: string[] = [];
    const scrub = (text: string) => text.split('ghp_secret').join('[redacted]');
    createLogger((l) => lines.push(l), 'debug', () => at, scrub).error('401 with ghp_secret', { url: 'https://x/?t=ghp_secret', status: 401 });
    expect(JSON.parse(lines[0])).toMatchObject({ '@message': '401 with [redacted]', url: 'https://x/?t=[redacted]', status: 401 });
  });
});
