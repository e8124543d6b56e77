import { join } from 'node:path';
import { pino } from 'pino';
import { createApp } from '../../src/app.js';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { fixedClock } from '../../src/dates/index.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { shippedCalendar } from './calendar.js';

export const rootDir = join(import.meta.dirname, '..', '..');
export const contentDir = join(rootDir, 'content');
export const PROFILES = ['milton-keynes', 'kent'] as const;

/** The real app with a fixed clock (24 November 2026, London) and a silent logger. */
export function buildTestApp(profileId: string = 'milton-keynes', logger = pino({ level: 'silent' })) {
  return createApp({
    config: { NODE_ENV: 'production' },
    content: loadSiteContent(contentDir),
    profile: loadServiceProfile(contentDir, profileId),
    calendar: shippedCalendar,
    clock: fixedClock('2026-11-24T12:00:00Z'),
    logger,
    rootDir,
  });
}
