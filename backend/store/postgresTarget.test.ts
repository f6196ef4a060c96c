import { postgresTarget, scrubSecrets } from './postgresTarget';

describe('postgresTarget', () => {
  it.each([
    ['postgres://tm:s3cret@db.example.com:6543/metrics', 'tm@db.example.com:6543/metrics'],
    ['postgresql://tm:s3cret@db.example.com/metrics?sslmode=require', 'tm@db.example.com:5432/metrics'],
    ['postgres://db.example.com', 'db.example.com:5432'],
  ])('names %s as %s, without the password', (url, display) => {
    expect(postgresTarget(url).display).toBe(display);
  });

  it('scrubs the URL and the password, raw and percent-decoded', () => {
    const url = 'postgres://tm:p%40ss-word@db:5432/metrics';
    const target = postgresTarget(url);
    expect(scrubSecrets(`failed: ${url} / p%40ss-word / p@ss-word`, target)).toBe('failed: [redacted] / [redacted] / [redacted]');
  });

  it.each(['not a url', 'mysql://tm:s3cret@db/metrics', 'host=db user=tm password=s3cret'])('refuses %s without repeating it', (url) => {
    expect(() => postgresTarget(url)).toThrow("the store's PostgreSQL URL is not valid");
    try {
      postgresTarget(url);
    } catch (err) {
      expect((err as Error).message).not.toContain('s3cret');
    }
  });
});
