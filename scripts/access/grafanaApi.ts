/** A minimal Grafana HTTP API client (fetch, bearer token) with errors that say what to do. */
export class GrafanaApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
    this.name = 'GrafanaApiError';
  }
}

export class GrafanaApi {
  private readonly base: string;

  constructor(
    url: string,
    private readonly token: string,
    private readonly fetchFn: typeof fetch = fetch
  ) {
    this.base = url.replace(/\/+$/, '');
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchFn(`${this.base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${this.token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new GrafanaApiError(
        `Cannot reach Grafana at ${this.base} (${err instanceof Error ? err.message : String(err)}). Check --url.`,
        0
      );
    }
    const text = await response.text();
    if (response.status === 401) {
      throw new GrafanaApiError(`Grafana rejected the token (HTTP 401 on ${method} ${path}). Check --token.`, 401);
    }
    if (response.status === 403) {
      throw new GrafanaApiError(
        `The token may not manage teams, folders or permissions (HTTP 403 on ${method} ${path}). Use a service account token with the Admin role in this organisation.`,
        403
      );
    }
    if (!response.ok) {
      throw new GrafanaApiError(
        `Grafana answered HTTP ${response.status} on ${method} ${path}: ${text.slice(0, 300)}`,
        response.status
      );
    }
    return (text ? JSON.parse(text) : {}) as T;
  }
}
