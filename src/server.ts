// Start-up: config → content, profile, bank holidays → createApp → listen. The only file that
// listens or reads the machine's clock. Stops gracefully on SIGTERM/SIGINT.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { loadSiteContent } from './content/factsheets.js';
import { buildBankHolidayCalendar, type Clock } from './dates/index.js';
import { loadLetters } from './letters/loader.js';
import { createLogger } from './logging.js';
import { loadServiceProfile } from './services/service-profile.js';

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

const app = startOrExit('a content file is not valid', () => {
  const profile = loadServiceProfile(contentDir, config.SERVICE_PROFILE);
  return createApp({
    config,
    content: loadSiteContent(contentDir, profile),
    letters: loadLetters(contentDir),
    profile,
    calendar: buildBankHolidayCalendar(JSON.parse(readFileSync(join(contentDir, 'data', 'bank-holidays.json'), 'utf8'))),
    clock: systemClock,
    logger,
    rootDir,
  });
});

const server = app.listen(config.PORT, config.HOST, (error?: Error) => {
  if (error) {
    logger.fatal({ err: error.message }, 'could not start');
    process.exit(1);
  }
  logger.info(
    { host: config.HOST, port: config.PORT, profile: config.SERVICE_PROFILE, env: config.NODE_ENV, startupMs: Math.round(performance.now() - startedAt) },
    'listening',
  );
});

// Slow or stalled clients cannot hold a connection (and its memory) for long.
server.headersTimeout = 10_000;
server.requestTimeout = 15_000;
// Longer than a typical load balancer's idle timeout (often 60 s) would leave it reusing closed sockets;
// shorter than the headers timeout, as Node requires.
server.keepAliveTimeout = 5_000;

const SHUTDOWN_GRACE_MS = 10_000;
let stopping = false;

function shutDown(signal: string): void {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: finishing requests in flight');
  // Stop accepting; close() waits for requests in flight, then calls back.
  server.close((error) => {
    logger.info({ ok: !error }, 'stopped');
    process.exit(error ? 1 : 0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    logger.warn('requests still running after the grace period: exiting');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', () => shutDown('SIGTERM'));
process.on('SIGINT', () => shutDown('SIGINT'));
