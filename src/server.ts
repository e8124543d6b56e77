// Start-up: config → content, profiles, bank holidays → createSite → listen. The only file that
// listens or reads the machine's clock. On SIGTERM it drains (see shutDown), on SIGINT it stops at once.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { readSiteSources, renderSiteContent } from './content/factsheets.js';
import { buildBankHolidayCalendar, type Clock } from './dates/index.js';
import { loadLetters } from './letters/loader.js';
import { createLogger } from './logging.js';
import { loadServiceProfile } from './services/service-profile.js';
import { createSite } from './site.js';

const startedAt = performance.now();
const systemClock: Clock = { nowEpochMilliseconds: () => Date.now() };

/** A bad environment or content file stops start-up with one clear message (it names the file and field). */
function startOrExit<T>(step: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    console.error(`Cannot start: ${step}.\n${(error as Error).message}`);
    process.exit(1);
  }
}

const config = startOrExit('the environment is not valid', () => loadConfig());
const logger = createLogger(config.LOG_LEVEL);
const rootDir = process.cwd();
const contentDir = join(rootDir, 'content');

const site = startOrExit('a content file is not valid', () => {
  const sources = readSiteSources(contentDir);
  return createSite({
    config,
    loadContent: (profile) => renderSiteContent(sources, profile),
    letters: loadLetters(contentDir),
    loadProfile: (id) => loadServiceProfile(contentDir, id),
    calendar: buildBankHolidayCalendar(JSON.parse(readFileSync(join(contentDir, 'data', 'bank-holidays.json'), 'utf8'))),
    clock: systemClock,
    logger,
    rootDir,
  });
});

// Slow or stalled clients cannot hold a connection (and its memory) for long. Node checks these
// timeouts every connectionsCheckingInterval, so they are enforced within a second of their setting.
const server = createServer(
  {
    headersTimeout: config.HEADERS_TIMEOUT_SECONDS * 1000,
    requestTimeout: config.REQUEST_TIMEOUT_SECONDS * 1000,
    connectionsCheckingInterval: 1000,
    // Longer than a typical load balancer's idle timeout (often 60 s) would leave it reusing closed
    // sockets; shorter than the headers timeout, as Node requires.
    keepAliveTimeout: Math.min(5000, config.HEADERS_TIMEOUT_SECONDS * 1000),
  },
  site.handle,
);
server.maxConnections = config.MAX_CONNECTIONS;

server.listen(config.PORT, config.HOST, () => {
  logger.info(
    {
      host: config.HOST,
      port: config.PORT,
      profiles: config.hostProfiles.length > 0 ? config.hostProfiles.map((h) => `${h.host}=${h.profile}`) : [config.SERVICE_PROFILE],
      env: config.NODE_ENV,
      startupMs: Math.round(performance.now() - startedAt),
    },
    'listening',
  );
  void site.checkProfiles();
});
server.on('error', (error) => {
  logger.fatal({ err: error.message }, 'could not start');
  process.exit(1);
});

let stopping = false;

/**
 * SIGTERM: /readyz fails at once so the load balancer stops sending new requests; the server keeps
 * serving for SHUTDOWN_DRAIN_SECONDS (requests already routed here still succeed, each answered with
 * Connection: close), then stops accepting and exits when the requests in flight have finished.
 */
function shutDown(signal: string, drainSeconds: number): void {
  if (stopping) return;
  stopping = true;
  site.startDraining();
  logger.info({ signal, drainSeconds }, 'draining: /readyz now fails');
  setTimeout(() => {
    logger.info('shutting down: finishing requests in flight');
    server.close((error) => {
      logger.info({ ok: !error }, 'stopped');
      process.exit(error ? 1 : 0);
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('requests still running after the grace period: exiting');
      process.exit(1);
    }, config.SHUTDOWN_GRACE_SECONDS * 1000).unref();
  }, drainSeconds * 1000).unref();
}
process.on('SIGTERM', () => shutDown('SIGTERM', config.SHUTDOWN_DRAIN_SECONDS));
// Ctrl-C at a terminal: no load balancer to drain from.
process.on('SIGINT', () => shutDown('SIGINT', 0));
