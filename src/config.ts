// The only reader of process.env: parses the environment once and fails fast listing every problem.
import { z } from 'zod';

// An empty variable (FOO= in a unit file or .env) means "not set", so defaults still apply.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const configSchema = z.object({
  NODE_ENV: z.preprocess(unsetIfEmpty, z.enum(['production', 'development', 'test']).default('production')),
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(unsetIfEmpty, z.string().default('0.0.0.0')),
  SERVICE_PROFILE: z.preprocess(
    unsetIfEmpty,
    z.string().regex(/^[a-z0-9-]+$/, 'must be a profile id such as milton-keynes').default('milton-keynes'),
  ),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  /** The site's public address, e.g. https://send.example.org: printed on paper copies of pages. */
  PUBLIC_BASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) address such as https://send.example.org' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new Error(`The environment is not valid:\n  ${problems}`);
  }
  return parsed.data;
}
