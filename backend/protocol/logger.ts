/**
 * Logs as JSON lines on stderr in the shape hashicorp/go-plugin parses (`@level`, `@message`,
 * `@timestamp` with exactly six fractional digits), so Grafana shows them at the right level.
 * stdout is reserved for the handshake line.
 */

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | undefined>;

const LEVEL_ORDER: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

/** `2026-01-02T03:04:05.123000Z`: go-plugin's layout `2006-01-02T15:04:05.000000Z07:00`. */
export function hclogTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export interface Logger {
  log(level: LogLevel, message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createLogger(
  write: (line: string) => void,
  minLevel: LogLevel = 'debug',
  now: () => Date = () => new Date(),
  scrub: (line: string) => string = (line) => line
): Logger {
  const log = (level: LogLevel, message: string, fields: LogFields = {}) => {
    if (LEVEL_ORDER[level] < LEVEL_ORDER[minLevel]) {
      return;
    }
    const entry: Record<string, unknown> = { '@level': level, '@message': scrub(message), '@timestamp': hclogTimestamp(now()) };
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && !key.startsWith('@')) {
        entry[key] = typeof value === 'string' ? scrub(value) : value;
      }
    }
    write(JSON.stringify(entry) + '\n');
  };
  return {
    log,
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
  };
}

export function parseLogLevel(value: string | undefined): LogLevel {
  const level = (value ?? '').toLowerCase();
  return level in LEVEL_ORDER ? (level as LogLevel) : 'info';
}
