// The only reader of process.env: parses the environment once and fails fast listing every problem.
import { z } from 'zod';

// An empty variable (FOO= in a unit file or .env) means "not set", so defaults still apply.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const PROFILE_ID = /^[a-z0-9-]+$/;
// A DNS host name (letters, digits, hyphens, dots) or an IPv4 address; no port, no wildcard.
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** One allow-listed host name, the profile it serves and the address links are built from. */
export interface HostProfile {
  host: string;
  profile: string;
  publicBaseUrl: string;
}

const seconds = (fallback: number, max: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number({ error: 'must be a number of seconds' }).min(0).max(max).default(fallback));

const baseUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) address such as https://send.example.org' })
  .refine((url) => new URL(url).pathname === '/' && !new URL(url).search, 'must be the site\'s address with no path, such as https://send.example.org')
  .transform((url) => url.replace(/\/+$/, ''));

const configSchema = z.object({
  NODE_ENV: z.preprocess(unsetIfEmpty, z.enum(['production', 'development', 'test']).default('production')),
  PORT: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(unsetIfEmpty, z.string().default('0.0.0.0')),
  SERVICE_PROFILE: z.preprocess(
    unsetIfEmpty,
    z.string().regex(PROFILE_ID, 'must be a profile id such as milton-keynes').default('milton-keynes'),
  ),
  /**
   * Many services from one process: "host=profile" entries separated by commas or spaces, e.g.
   * "send.mk.example.org=milton-keynes, https://send.kent.example.org=kent". The left side is a host
   * name (links then use https://<host>) or the full public address.
   */
  SERVICE_PROFILES: z.preprocess(unsetIfEmpty, z.string().optional()),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  /** The site's public address, e.g. https://send.example.org: printed on paper copies of pages. */
  PUBLIC_BASE_URL: z.preprocess(unsetIfEmpty, baseUrl.optional()),
  /** How many services' pages are kept built at once (each is built on its first request). */
  PROFILE_CACHE_SIZE: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(1000).default(40)),
  /** After SIGTERM: /readyz fails at once, and the server keeps serving this long before it stops accepting. */
  SHUTDOWN_DRAIN_SECONDS: seconds(5, 300),
  /** After the drain: how long requests in flight may take before the process exits anyway. */
  SHUTDOWN_GRACE_SECONDS: seconds(10, 300),
  HEADERS_TIMEOUT_SECONDS: seconds(10, 300),
  REQUEST_TIMEOUT_SECONDS: seconds(15, 600),
  /** Open connections beyond this are closed at once, so a flood cannot exhaust memory or file handles. */
  MAX_CONNECTIONS: z.preprocess(unsetIfEmpty, z.coerce.number().int().min(1).max(1_000_000).default(1000)),
});

type ParsedEnv = z.infer<typeof configSchema>;

export interface Config extends ParsedEnv {
  /** Every host name served and its profile; empty means "SERVICE_PROFILE for any host" (local use). */
  hostProfiles: HostProfile[];
}

function parseHostProfiles(text: string, production: boolean, problems: string[]): HostProfile[] {
  const entries: HostProfile[] = [];
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const match = /^(.+)=([^=]+)$/.exec(entry);
    if (!match) {
      problems.push(`SERVICE_PROFILES: "${entry}" must be host=profile, such as send.example.org=milton-keynes`);
      continue;
    }
    const [, left = '', profile = ''] = match;
    if (!PROFILE_ID.test(profile)) problems.push(`SERVICE_PROFILES: "${profile}" must be a profile id such as milton-keynes`);
    let host = left.toLowerCase();
    let publicBaseUrl = `${production ? 'https' : 'http'}://${host}`;
    if (/^https?:\/\//i.test(left)) {
      const url = baseUrl.safeParse(left);
      if (!url.success) {
        problems.push(`SERVICE_PROFILES: "${left}" ${url.error.issues[0]?.message ?? 'is not a valid address'}`);
        continue;
      }
      publicBaseUrl = url.data;
      host = new URL(url.data).hostname;
    } else if (!HOST_NAME.test(host)) {
      problems.push(`SERVICE_PROFILES: "${left}" must be a host name such as send.example.org (no port, no path)`);
      continue;
    }
    if (entries.some((e) => e.host === host)) problems.push(`SERVICE_PROFILES: the host ${host} is listed twice`);
    entries.push({ host, profile, publicBaseUrl });
  }
  if (entries.length === 0 && problems.length === 0) problems.push('SERVICE_PROFILES: list at least one host=profile entry, or leave it unset');
  return entries;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new Error(`The environment is not valid:\n  ${problems}`);
  }
  const data = parsed.data;
  const problems: string[] = [];
  // Deployed (NODE_ENV=production set explicitly): links must never come from a request's Host header.
  const deployed = unsetIfEmpty(env['NODE_ENV']) === 'production';
  const hostProfiles = data.SERVICE_PROFILES ? parseHostProfiles(data.SERVICE_PROFILES, deployed, problems) : [];
  if (deployed) {
    if (!data.PUBLIC_BASE_URL && hostProfiles.length === 0) {
      problems.push('PUBLIC_BASE_URL: must be set when NODE_ENV=production (the https:// address links and printed pages use), or set SERVICE_PROFILES');
    }
    for (const address of [data.PUBLIC_BASE_URL, ...hostProfiles.map((h) => h.publicBaseUrl)]) {
      if (address?.startsWith('http://')) problems.push(`${data.PUBLIC_BASE_URL === address ? 'PUBLIC_BASE_URL' : 'SERVICE_PROFILES'}: ${address} must be an https:// address when NODE_ENV=production`);
    }
  }
  if (data.REQUEST_TIMEOUT_SECONDS > 0 && data.HEADERS_TIMEOUT_SECONDS > data.REQUEST_TIMEOUT_SECONDS) {
    problems.push('HEADERS_TIMEOUT_SECONDS: must not be longer than REQUEST_TIMEOUT_SECONDS');
  }
  if (problems.length > 0) throw new Error(`The environment is not valid:\n  ${problems.join('\n  ')}`);
  return { ...data, hostProfiles };
}
