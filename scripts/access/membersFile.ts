/**
 * members.yaml: who belongs to which team, by Grafana login or email.
 *
 * @example
 * teams:
 *   Engineering: [alice@example.com, bob]
 *   Marketing: [carol@example.com]
 *   Leadership: [dana@example.com]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { TEAM_NAMES, type TeamName } from './accessPlan';

const membersSchema = z.strictObject({
  teams: z.partialRecord(z.enum(TEAM_NAMES), z.array(z.string().min(1)).default([])),
});

export type Members = Partial<Record<TeamName, string[]>>;

export function parseMembers(text: string, source: string): Members {
  const parsed = membersSchema.safeParse(parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(
      `${source} is not a valid members file (${issues}). Expected "teams:" with ${TEAM_NAMES.join(', ')} lists of logins or emails.`
    );
  }
  return parsed.data.teams;
}

export function readMembers(path: string): Members {
  return parseMembers(readFileSync(path, 'utf8'), path);
}
