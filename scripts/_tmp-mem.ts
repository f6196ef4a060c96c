import { generateOrg } from '../backend/sources/demo/org';
const now = Date.UTC(2026, 10, 26, 12);
const gc = (globalThis as unknown as { gc: () => void }).gc;
gc(); const base = process.memoryUsage().heapUsed;
const org = generateOrg({ seed: 42, now, scale: { changes: 100_000, deployments: 20_000, incidents: 2_000, workItems: 50_000 } });
gc(); let prev = process.memoryUsage().heapUsed; console.log('total MB', ((prev - base) / 1e6).toFixed(0));
const r = org.records as unknown as Record<string, unknown[]>;
for (const k of Object.keys(r)) { r[k] = []; gc(); const h = process.memoryUsage().heapUsed; console.log(k, ((prev - h) / 1e6).toFixed(1)); prev = h; }
