import { ResourceCache } from './resourceCache';

describe('ResourceCache', () => {
  it('loads a key once while it succeeds', async () => {
    const cache = new ResourceCache();
    const load = jest.fn().mockResolvedValue(['a']);
    await cache.get('k', load);
    await expect(cache.get('k', load)).resolves.toEqual(['a']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('forgets failures so the next call retries', async () => {
    const cache = new ResourceCache();
    const load = jest.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce('up');
    await expect(cache.get('k', load)).rejects.toThrow('down');
    await expect(cache.get('k', load)).resolves.toBe('up');
  });
});
