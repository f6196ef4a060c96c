import { postgresStoreError, PostgresStoreError } from './postgresError';
import { postgresTarget } from './postgresTarget';

const URL = 'postgres://tm:Sup3r-Secret@db.internal:5432/metrics';
const target = postgresTarget(URL);
const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('postgresStoreError', () => {
  it.each([
    ['connection refused', withCode('connect ECONNREFUSED 10.0.0.1:5432', 'ECONNREFUSED'), 'connection refused: is PostgreSQL running'],
    ['unknown host', withCode('getaddrinfo ENOTFOUND db.internal', 'ENOTFOUND'), 'host not found'],
    ['wrong password', withCode('password authentication failed for user "tm"', '28P01'), 'check the user and password'],
    ['missing database', withCode('database "metrics" does not exist', '3D000'), 'create it or fix the database name'],
    ['no privilege', withCode('permission denied for schema public', '42501'), 'needs to create tables'],
    ['pool timeout', new Error('timeout exceeded when trying to connect'), 'connection timed out'],
    ['anything else', new Error('relation "records" does not exist'), 'relation "records" does not exist'],
  ])('%s: names the server and says what to check', (_name, err, hint) => {
    const converted = postgresStoreError(err, target);
    expect(converted).toBeInstanceOf(PostgresStoreError);
    expect(converted.message).toContain('PostgreSQL store tm@db.internal:5432/metrics: ');
    expect(converted.message).toContain(hint);
  });

  it('never carries the connection string or password, even when the cause quotes them', () => {
    const converted = postgresStoreError(new Error(`bad URL ${URL} (password Sup3r-Secret)`), target);
    expect(converted.message).not.toContain('Sup3r-Secret');
    expect(JSON.stringify({ ...converted, message: converted.message })).not.toContain('Sup3r-Secret');
  });

  it('keeps the code for callers', () => {
    expect(postgresStoreError(withCode('x', '28P01'), target).code).toBe('28P01');
  });
});
