// One wording for schema problems in content and profile files: `field "x": what is wrong`, so an
// author can find the line to fix. Shared by src/content and src/services.
import type { z } from 'zod';

export function describeProblems(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const at = issue.path.join('.');
      if (issue.code === 'unrecognized_keys') {
        const prefix = at ? `${at}.` : '';
        return issue.keys.map((key) => `field "${prefix}${key}": is not a known field (check the spelling)`).join('; ');
      }
      return `field "${at || '(whole file)'}": ${issue.message}`;
    })
    .join('; ');
}
