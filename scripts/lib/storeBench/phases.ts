/** The bench's phases, each run in a process of its own; a phase prints its result as JSON on its last stdout line. */
import { onDemandLive } from './onDemandLive';
import { seedStore } from './seedStore';
import { storeLive } from './storeLive';
import { warmStore } from './warmStore';

export const PHASES = {
  storeLive: () => storeLive(),
  onDemandLive: (backfilledAt: string) => onDemandLive(Number(backfilledAt)),
  seed: (dir: string) => seedStore(dir),
  warm: (dir: string) => warmStore(dir),
};

export type PhaseName = keyof typeof PHASES;

export async function runPhase(name: string, arg: string): Promise<void> {
  const phase = PHASES[name as PhaseName];
  if (!phase) {
    throw new Error(`unknown bench phase "${name}"`);
  }
  const result = await phase(arg);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
