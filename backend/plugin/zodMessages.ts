import type { z } from 'zod';

/** "filters.repo: expected array, received string; bucket: invalid option" — short and actionable. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
