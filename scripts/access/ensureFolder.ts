/** The folder's uid, found by title (as dashboard and alert provisioning find it) or created. */
import type { GrafanaApi } from './grafanaApi';
import type { Folder } from './grafanaTypes';

export async function ensureFolder(api: GrafanaApi, title: string, log: (change: string) => void): Promise<string> {
  const folders = await api.get<Folder[]>('/api/folders?limit=1000');
  const existing = folders.find((f) => f.title === title);
  if (existing) {
    return existing.uid;
  }
  const created = await api.post<Folder>('/api/folders', { title });
  log(`created folder ${title} (uid ${created.uid})`);
  return created.uid;
}
