// Start-up: config → content, profile, bank holidays → createApp → listen. Stops gracefully on SIGTERM.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { loadSiteContent } from './content/factsheets.js';
import { buildBankHolidayCalendar, type Clock } from './dates/index.js';
import { createLogger } from './logging.js';
import { loadServiceProfile } from './services/service-profile.js';

const systemClock: Clock = { nowEpochMilliseconds: () => Date.now() };

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const rootDir = process.cwd();
const contentDir = join(rootDir, 'content');

const app = createApp({
  config,
  content: loadSiteContent(contentDir),
  profile: loadServiceProfile(contentDir, config.SERVICE_PROFILE),
  calendar: buildBankHolidayCalendar(JSON.parse(readFileSync(join(contentDir, 'data', 'bank-holidays.json'), 'utf8'))),
  clock: systemClock,
  logger,
  rootDir,
});

const server = app.listen(config.PORT, config.HOST, (error?: Error) => {
  if (error) {
    logger.fatal({ err: error.message }, 'could not start');
    process.exit(1);
  }
  logger.info({ port: config.PORT, profile: config.SERVICE_PROFILE }, 'listening');
});
// Slow clients cannot hold connections open.
server.headersTimeout = 10_000;
server.requestTimeout = 15_000;
server.keepAliveTimeout = 5_000;

function shutDown(signal: string): void {
  logger.info({ signal }, 'shutting down');
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutDown('SIGTERM'));
process.on('SIGINT', () => shutDown('SIGINT'));
