import type { DataSourceInstanceSettings } from '../protocol/messages';
import { toDataSourceConfig } from './dataSourceConfig';

const settings = (jsonData: string, secrets: Record<string, string> = {}): DataSourceInstanceSettings => ({
  id: 1,
  uid: 'tm',
  name: 'Team Metrics',
  url: '',
  jsonData: Buffer.from(jsonData),
  decryptedSecureJsonData: secrets,
  lastUpdatedMS: 5,
});

describe('toDataSourceConfig', () => {
  it('parses jsonData and keeps only known secrets', () => {
    const config = toDataSourceConfig(settings('{"timezone":"Europe/Berlin","demo":{"enabled":true,"seed":7}}', { githubToken: 'ghp_secret', other: 'x' }));
    expect(config.jsonData).toMatchObject({ timezone: 'Europe/Berlin', demo: { enabled: true, seed: 7 } });
    expect(config.secrets).toEqual({ githubToken: 'ghp_secret' });
  });

  it('treats empty jsonData as no settings', () => {
    expect(toDataSourceConfig(settings('')).jsonData).toEqual({});
  });

  it.each([
    ['invalid JSON', '{', /not valid JSON/],
    ['a wrongly typed field', '{"cacheTtlSeconds":"soon"}', /cacheTtlSeconds/],
    ['a bad manual value date', '{"manualValues":[{"metricId":"m","date":"26/11/2026","value":1}]}', /manualValues\.0\.date/],
  ])('rejects %s with an actionable 400', (_name, json, message) => {
    expect(() => toDataSourceConfig(settings(json))).toThrow(expect.objectContaining({ status: 400, message: expect.stringMatching(message) }));
  });

  it('never puts a secret into an error message', () => {
    try {
      toDataSourceConfig(settings('{"cacheTtlSeconds":"x"}', { githubToken: 'ghp_topsecret' }));
    } catch (err) {
      expect(String(err)).not.toContain('ghp_topsecret');
    }
    expect.assertions(1);
  });
});
