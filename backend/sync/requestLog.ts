/** Upstream requests a source's sync made, counted over a rolling hour (the rate-limit budget). */
const HOUR_MS = 3_600_000;

export class RequestLog {
  private readonly times: number[] = [];

  record(now: number): void {
    this.times.push(now);
  }

  lastHour(now: number): number {
    const since = now - HOUR_MS;
    while (this.times.length > 0 && this.times[0] <= since) {
      this.times.shift();
    }
    return this.times.length;
  }

  /** When the count will next drop below `limit` (the oldest counted request leaves the hour). */
  freesAt(now: number, limit: number): number {
    this.lastHour(now);
    const excess = this.times.length - Math.max(1, limit);
    return excess < 0 ? now : this.times[excess] + HOUR_MS;
  }

  /** When no request of the last hour counts any more. */
  allFreeAt(now: number): number {
    this.lastHour(now);
    return this.times.length === 0 ? now : this.times[this.times.length - 1] + HOUR_MS;
  }
}
