import { resetSecret, setJsonData, setSecret, type TeamMetricsSettings } from './optionsUpdates';

const base = {
  jsonData: { timezone: 'UTC' },
  secureJsonFields: { githubToken: true, asanaToken: true },
  secureJsonData: {},
} as unknown as TeamMetricsSettings;

describe('options updates', () => {
  it('setJsonData replaces one key and keeps the others', () => {
    expect(setJsonData(base, 'cacheTtlSeconds', 60).jsonData).toEqual({ timezone: 'UTC', cacheTtlSeconds: 60 });
    expect(base.jsonData).toEqual({ timezone: 'UTC' });
  });

  it('setSecret writes secureJsonData only', () => {
    const next = setSecret(base, 'hubspotToken', 'pat-1');
    expect(next.secureJsonData).toEqual({ hubspotToken: 'pat-1' });
    expect(next.jsonData).toBe(base.jsonData);
  });

  it('resetSecret marks the field unconfigured and empties its value, leaving other secrets alone', () => {
    const next = resetSecret(base, 'githubToken');
    expect(next.secureJsonFields).toEqual({ githubToken: false, asanaToken: true });
    expect(next.secureJsonData).toEqual({ githubToken: '' });
  });
});
