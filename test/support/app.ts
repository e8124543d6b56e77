import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { createApp } from '../../src/app.js';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { fixedClock } from '../../src/dates/index.js';
import { loadLetters } from '../../src/letters/loader.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { shippedCalendar } from './calendar.js';

export const rootDir = join(import.meta.dirname, '..', '..');
export const contentDir = join(rootDir, 'content');
/** Two or three placeholder factsheets and the two pages, so site tests do not depend on the writers' text. */
export const fixtureContentDir = join(rootDir, 'test', 'fixtures', 'content');
export const PROFILES = ['milton-keynes', 'kent'] as const;

interface TestAppOptions {
  logger?: Logger;
  /** Defaults to the real content/ directory. */
  contentDir?: string;
  publicBaseUrl?: string;
  /** An instant such as '2028-12-20T12:00:00Z'; defaults to 24 November 2026. */
  now?: string;
}

/** The real app with a fixed clock (24 November 2026, London, unless `now` says otherwise) and a silent logger. */
export function buildTestApp(profileId: string = 'milton-keynes', loggerOrOptions: Logger | TestAppOptions = {}) {
  const options: TestAppOptions = 'info' in loggerOrOptions ? { logger: loggerOrOptions as Logger } : (loggerOrOptions as TestAppOptions);
  // Profiles always come from the real content/services: the tests check the shipped ones.
  const profile = loadServiceProfile(contentDir, profileId);
  return createApp({
    config: { NODE_ENV: 'production', ...(options.publicBaseUrl ? { PUBLIC_BASE_URL: options.publicBaseUrl } : {}) },
    content: loadSiteContent(options.contentDir ?? contentDir, profile),
    // Letters always come from the real content/letters.
    letters: loadLetters(contentDir),
    profile,
    calendar: shippedCalendar,
    clock: fixedClock(options.now ?? '2026-11-24T12:00:00Z'),
    logger: options.logger ?? pino({ level: 'silent' }),
    rootDir,
  });
}
