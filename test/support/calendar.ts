import { readFileSync } from 'node:fs';
import { buildBankHolidayCalendar } from '../../src/dates/index.js';

export const shippedCalendar = buildBankHolidayCalendar(
  JSON.parse(readFileSync(new URL('../../content/data/bank-holidays.json', import.meta.url), 'utf8')),
);
