/**
 * One instance per data source, keyed by uid and lastUpdatedMS like the Go SDK's instance manager:
 * when Grafana sends newer settings for a uid, the old instance is disposed and a new one built.
 */

export interface Disposable {
  dispose(): void | Promise<void>;
}

export class InstanceManager<T extends Disposable> {
  private readonly instances = new Map<string, { version: number; instance: T }>();

  get(uid: string, version: number, create: () => T): T {
    const current = this.instances.get(uid);
    if (current && current.version === version) {
      return current.instance;
    }
    if (current) {
      // A failing dispose (e.g. the store cannot close) must not take the process down.
      void Promise.resolve(current.instance.dispose()).catch(() => undefined);
    }
    const instance = create();
    this.instances.set(uid, { version, instance });
    return instance;
  }

  get size(): number {
    return this.instances.size;
  }

  async disposeAll(): Promise<void> {
    const all = [...this.instances.values()];
    this.instances.clear();
    await Promise.all(all.map((entry) => entry.instance.dispose()));
  }
}
