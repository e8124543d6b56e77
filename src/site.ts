// The request handler the server listens with. It answers /readyz, and /healthz for any host (load
// balancers probe by IP address), then picks the service profile by the Host header: only
// allow-listed host names are served, so an unknown host never sees another service's contacts and
// no link is ever built from it. Each profile's app (src/app.ts) is built on its first request and
// the least recently used ones are dropped beyond PROFILE_CACHE_SIZE.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { createApp, type AppDeps, type SiteApp } from './app.js';
import type { Config, HostProfile } from './config.js';
import type { SiteContent } from './content/factsheets.js';
import type { ServiceProfile } from './services/service-profile.js';

export interface SiteDeps extends Omit<AppDeps, 'profile' | 'config' | 'content'> {
  config: Pick<Config, 'NODE_ENV' | 'PUBLIC_BASE_URL' | 'SERVICE_PROFILE' | 'hostProfiles' | 'PROFILE_CACHE_SIZE'>;
  /** Reads and validates a profile by id (src/services); called once per id. */
  loadProfile: (id: string) => ServiceProfile;
  /** Factsheets and pages with a profile's names filled in (src/content); called when a profile is built. */
  loadContent: (profile: ServiceProfile) => SiteContent;
  logger: Logger;
}

export interface Site {
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** From now on /readyz answers 503 and every response asks the client to close its connection. */
  startDraining: () => void;
  /** Reads and checks every listed profile not read yet; resolves with the problems (each also logged). */
  checkProfiles: () => Promise<string[]>;
  /** How many profiles' apps are built now (for the memory measurement and tests). */
  builtProfiles: () => number;
}

const PLAIN_HEADERS = {
  'Content-Type': 'text/plain; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

const MISDIRECTED_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>This address is not served here</title></head>
<body>
<main>
<h1>This address is not served here</h1>
<p>This server does not run a website for the address you used, so it cannot show you any service's details.</p>
<p>Check the web address you typed or the link you followed. If you were given the link by a SEND information, advice and support service, ask the service for its website address.</p>
</main>
</body>
</html>
`;

const MISDIRECTED_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'Referrer-Policy': 'no-referrer',
};

/** "Send.Example.org.:8080" → "send.example.org"; "[::1]:3000" → "::1". */
export function hostNameOf(header: string | undefined): string {
  const host = (header ?? '').trim().toLowerCase();
  const name = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d*$/, '');
  return name.replace(/\.$/, '');
}

function pathOf(url: string | undefined): string {
  const text = url ?? '/';
  const cut = text.indexOf('?');
  return cut === -1 ? text : text.slice(0, cut);
}

export function createSite(deps: SiteDeps): Site {
  const { config, logger, loadContent, loadProfile, ...shared } = deps;
  // Local use: no allow-list, the one profile answers any host (links use PUBLIC_BASE_URL or the Host header).
  const anyHost: HostProfile | undefined = config.hostProfiles.length === 0
    ? { host: '*', profile: config.SERVICE_PROFILE, publicBaseUrl: config.PUBLIC_BASE_URL ?? '' }
    : undefined;
  const byHost = new Map(config.hostProfiles.map((entry) => [entry.host, entry]));
  // The first (default) profile and the content files are read and checked now: a bad one stops
  // start-up. The other profiles are checked just after listening (checkProfiles), so 150 of them do
  // not delay start-up; a bad one is logged and its host answers 503, and the rest keep working.
  const profileIds = [...new Set((anyHost ? [anyHost] : config.hostProfiles).map((entry) => entry.profile))];
  const profiles = new Map<string, ServiceProfile | Error>();
  function profileFor(id: string): ServiceProfile | Error {
    let profile = profiles.get(id);
    if (!profile) {
      try {
        profile = loadProfile(id);
      } catch (error) {
        profile = error instanceof Error ? error : new Error(String(error));
        logger.error({ profile: id, problem: profile.message }, 'service profile is not valid: its host answers 503');
      }
      profiles.set(id, profile);
    }
    return profile;
  }
  const firstProfile = loadProfile(profileIds[0] as string);
  profiles.set(firstProfile.id, firstProfile);
  // The text differs between profiles only in the names filled in, so each profile's copy is made
  // when it is built; this first copy is kept for the first profile.
  let checkedContent: SiteContent | undefined = loadContent(firstProfile);

  // Keyed by host: two hosts may share a profile but have different public addresses.
  const built = new Map<string, SiteApp>();
  function appFor(entry: HostProfile): SiteApp {
    let app = built.get(entry.host);
    if (app) {
      // Map order is insertion order: re-inserting marks it most recently used.
      built.delete(entry.host);
    } else {
      const started = performance.now();
      const profile = profileFor(entry.profile);
      if (profile instanceof Error) throw profile;
      const content = checkedContent && profile === firstProfile ? checkedContent : loadContent(profile);
      checkedContent = undefined;
      app = createApp({
        ...shared,
        logger,
        config: { NODE_ENV: config.NODE_ENV, ...(entry.publicBaseUrl ? { PUBLIC_BASE_URL: entry.publicBaseUrl } : {}) },
        content,
        profile,
      });
      logger.info({ host: entry.host, profile: entry.profile, buildMs: Math.round(performance.now() - started) }, 'profile built');
      while (built.size >= config.PROFILE_CACHE_SIZE) {
        const oldest = built.keys().next().value as string;
        built.delete(oldest);
      }
    }
    built.set(entry.host, app);
    return app;
  }
  const failedHosts = new Map<string, unknown>();
  // The single local profile is built now, so its first request is as fast as any other.
  if (anyHost) appFor(anyHost);

  let draining = false;
  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    if (draining) res.setHeader('Connection', 'close');
    const path = pathOf(req.url);
    if (path === '/readyz') {
      res.writeHead(draining ? 503 : 200, PLAIN_HEADERS).end(draining ? 'draining' : 'ok');
      return;
    }
    const entry = anyHost ?? byHost.get(hostNameOf(req.headers.host));
    // A known host's /healthz goes through its app (the same stack as its pages); a probe by IP
    // address or an unlisted name is answered here.
    if (!entry && path === '/healthz') {
      res.writeHead(200, PLAIN_HEADERS).end('ok');
      return;
    }
    if (!entry) {
      res.writeHead(421, MISDIRECTED_HEADERS).end(req.method === 'HEAD' ? undefined : MISDIRECTED_PAGE);
      return;
    }
    let app: SiteApp;
    try {
      if (failedHosts.has(entry.host)) throw failedHosts.get(entry.host);
      app = appFor(entry);
    } catch (error) {
      // A profile that cannot be built must not take the process (and every other service) down.
      // It is tried once: later requests get the 503 without rebuilding it or logging it again.
      if (!failedHosts.has(entry.host)) {
        failedHosts.set(entry.host, error);
        logger.error({ host: entry.host, profile: entry.profile, err: (error as Error).name }, 'profile could not be built');
      }
      res.writeHead(503, PLAIN_HEADERS).end('This service is not available at the moment. Try again later.');
      return;
    }
    app(req as never, res as never);
  };
  return {
    handle,
    checkProfiles: async () => {
      const problems: string[] = [];
      for (const id of profileIds) {
        // One file per turn of the event loop, so requests are answered in between.
        await new Promise((resolve) => setImmediate(resolve));
        const profile = profileFor(id);
        if (profile instanceof Error) problems.push(profile.message);
      }
      return problems;
    },
    startDraining: () => {
      draining = true;
    },
    builtProfiles: () => built.size,
  };
}
