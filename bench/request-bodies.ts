// API request bodies for the cost checks: an ordinary situation, and the most expensive bodies an
// attacker can fit in the 32 KB limit. Used by test/http/api-limits.test.ts and bench/worst-request.ts.
import { MAX_SCHOOL_HOLIDAY_RANGES } from '../src/rules/situation-schema.js';

const LIMIT = 32 * 1024;

export const NORMAL_SITUATION = {
  who: 'parent',
  setting: 'school',
  has_ehc_plan: true,
  event: 'permanent_exclusion',
  dates: { exclusion_notice: '2026-11-02', exclusion_starts: '2026-11-03' },
  school_holidays: [['2026-12-21', '2027-01-01']],
  as_of: '2026-11-04',
};

/** Repeats `item` in a list under `key` until the JSON body is just under 32 KB. */
function filled(key: string, item: unknown, base: object = NORMAL_SITUATION): object {
  const one = JSON.stringify(item).length + 1;
  const room = LIMIT - JSON.stringify(base).length - key.length - 16;
  return { ...base, [key]: Array.from({ length: Math.floor(room / one) }, () => item) };
}

// Holidays every other week for the allowed number of ranges, around the exclusion, so every school
// day counted is checked against the most ranges.
const busyHolidays = Array.from({ length: MAX_SCHOOL_HOLIDAY_RANGES }, (_, i) => {
  const start = new Date(Date.UTC(2026, 10, 7 + 14 * i));
  const end = new Date(start.getTime() + 6 * 86_400_000);
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
});

export const WORST_BODIES: Record<string, string> = Object.fromEntries(Object.entries({
  'the most holiday ranges allowed, all in the counting window': { ...NORMAL_SITUATION, school_holidays: busyHolidays },
  '32 KB of holiday ranges (refused: too many)': filled('school_holidays', ['2026-12-21', '2027-01-01']),
  'the most holiday ranges allowed, each too long (refused)': { ...NORMAL_SITUATION, school_holidays: Array.from({ length: MAX_SCHOOL_HOLIDAY_RANGES }, () => ['1900-01-01', '2999-12-31']) },
  '32 KB of plan sections': filled('disagree_with', 'B', { ...NORMAL_SITUATION, event: 'final_plan_issued', dates: { final_plan_issued: '2026-11-02' } }),
  '32 KB of unknown keys': Object.fromEntries([...Object.entries(NORMAL_SITUATION), ...Array.from({ length: 2600 }, (_, i) => [`k${i}`, i] as const)]),
}).map(([name, body]) => [name, JSON.stringify(body)]));
// Written as text: a list nested this deep is too deep for JSON.stringify, though JSON.parse reads it.
WORST_BODIES['32 KB of nested lists'] = JSON.stringify({ ...NORMAL_SITUATION, disagree_with: [] }).replace('[]', '['.repeat(16_000) + ']'.repeat(16_000));

export const NORMAL_BODY = JSON.stringify(NORMAL_SITUATION);
