// The next-steps page: runs the rules on the answers and shapes the outcome for the template.
// Every decision about wording and order is made here; the template only renders.
import { createHash } from 'node:crypto';
import { isBefore, longDate, parseIsoDate, todayInLondon, type BankHolidayCalendar, type Clock, type PlainDate } from '../dates/index.js';
import type { Answers } from '../questionnaire/flow.js';
import { QUESTION_BY_ID } from '../questionnaire/questions.js';
import { toSituation } from '../questionnaire/to-situation.js';
import { checkSituation, nextStepsOrCoverageErrors, PARENT_DEADLINES, type Outcome, type OutcomeDeadline } from '../rules/index.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { DEADLINE_WORDING, ROUTE_WORDING, type RouteWording } from './outcome-wording.js';
import { telHref } from './layout.js';
import { noDeadlinesText, unknownDateHelp, type UnknownDateHelp } from './unknown-date-help.js';

export interface ResultDeadline {
  id: string;
  what: string;
  who: string;
  date: string;
  dateInWords: string;
  rule: string;
  source: string;
  yours: boolean;
  passed: boolean;
  possiblyLate: boolean;
  ambiguous: boolean;
  /** What the page says under the date once it has passed, or while it is possibly late. */
  status?: { text: string; strong: boolean } | undefined;
  assumption?: string | undefined;
}

const POSSIBLY_LATE_DEFAULT = 'The date shown is the earliest safe reading of the law; "How we worked this out" gives the last possible day.';
const WAITING_FOR_CERTIFICATE =
  'This date has passed, but your mediation certificate has not come yet, and the appeal can run to one month after it: see "Your appeal deadline if the certificate comes on time". Chase the mediation adviser today.';

interface StatusFacts {
  yours: boolean;
  passed: boolean;
  possiblyLate: boolean;
  /** The appeal date does not count while a certificate is pending (rules-table §3.2, §3.4). */
  waitingForCertificate: boolean;
}

function dateStatus(facts: StatusFacts, wording: (typeof DEADLINE_WORDING)[keyof typeof DEADLINE_WORDING]): ResultDeadline['status'] {
  if (facts.possiblyLate) return { text: `Act today: you may still be in time. ${wording.ifPossiblyLate ?? POSSIBLY_LATE_DEFAULT}`, strong: true };
  if (!facts.passed) return undefined;
  if (facts.waitingForCertificate) return { text: WAITING_FOR_CERTIFICATE, strong: true };
  return { text: `This date has passed. ${wording.ifPassed}`, strong: facts.yours };
}

/** Routes with a date the parent must meet, and routes for when the first steps do not work. */
const BY_A_DATE = new Set([
  'mediation_advice', 'send_tribunal_appeal', 'send_tribunal_late_appeal', 'tribunal_permission_without_certificate',
  'extended_appeal_recommendations', 'disability_discrimination_claim', 'disability_discrimination_late_claim',
  'disability_discrimination_county_court', 'independent_review_panel', 'upper_tribunal_permission', 'lgsco_complaint',
]);
const IF_THAT_DOES_NOT_WORK = new Set(['judicial_review', 'phso_complaint', 'dfe_complaint', 'legal_advice', 'sendiass']);

export interface ResultPage {
  outcome: Outcome;
  asOf: PlainDate;
  deadlines: ResultDeadline[];
  routes: { id: string; title: string; what: string; factsheet: string; contactTo: { text: string; href?: string } }[];
  routeGroups: { heading: string; routes: ResultPage['routes'] }[];
  summaryForCaller: string;
  /** The outcome's notes, dates in words. */
  notes: string[];
  outOfTime: boolean;
  /** out_of_time, but every date behind it is only possibly late: the page leads with "act today". */
  actToday: boolean;
  /** One line for each date the parent was not sure of, saying what it changes and how to find it. */
  /** One box per answer the parent was not sure of (src/view-models/unknown-date-help.ts). */
  unsureNotes: UnknownDateHelp[];
  noDeadlinesText: string;
  eventText: string;
}

export type ResultAnswer = { ok: true; page: ResultPage } | { ok: false; problems: string[] };

/** Who to contact for each kind of route, from the active local service profile. */
function contactFor(kind: RouteWording['contact'], service: ServiceProfile): { text: string; href?: string } {
  switch (kind) {
    case 'sendias':
      return { text: `${service.short_name}, helpline ${service.helpline.phone}`, href: telHref(service.helpline.phone) };
    case 'mediation':
      return { text: service.mediation_provider.name, ...(service.mediation_provider.url ? { href: service.mediation_provider.url } : {}) };
    case 'la': {
      const team = service.la_sen_team;
      return { text: `${team.name}${team.phone ? `, ${team.phone}` : ''}`, ...(team.url ? { href: team.url } : {}) };
    }
    case 'setting':
      return { text: 'The school, college or nursery' };
    case 'arranging_authority':
      // rules-table §12.1: the LA for a maintained school or PRU, the academy trust for an academy.
      return { text: 'The arranging authority named in the board\'s letter: the local authority for a maintained school or pupil referral unit, or the academy trust for an academy' };
    case 'tribunal':
      return { text: 'The SEND Tribunal (GOV.UK)', href: 'https://www.gov.uk/appeal-ehc-plan-decision' };
    case 'ombudsman':
      return { text: 'Local Government and Social Care Ombudsman', href: 'https://www.lgo.org.uk' };
    case 'health':
      return { text: 'The health provider or Integrated Care Board; then the Parliamentary and Health Service Ombudsman', href: 'https://www.ombudsman.org.uk' };
    case 'dfe':
      return { text: 'Department for Education (GOV.UK)', href: 'https://www.gov.uk/complain-about-school' };
    case 'legal':
      return { text: 'IPSEA (free legal advice)', href: 'https://www.ipsea.org.uk' };
  }
}

/** "dates.decision_letter" → the question that asked for it, so the page speaks the parent's language. */
function questionTitleFor(path: string): string {
  const id = path.split('.').at(-1) ?? path;
  return QUESTION_BY_ID.get(id)?.title ?? path;
}

/**
 * A rule's arithmetic or a note with its dates in words: "2026-12-12 (Sat)" → "Saturday 12 December 2026".
 * The API keeps ISO dates; people reading the page or a printout should not have to decode them.
 */
export function datesInWords(rule: string): string {
  return rule.replace(/\b(\d{4}-\d{2}-\d{2})\b(?: \((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\))?/g, (match, iso: string) => {
    const date = parseIsoDate(iso);
    return date ? longDate(date) : match;
  });
}

// Skipping the holiday question is expected, so it gets its own line rather than "you were not sure".
/** One outcome deadline as the page shows it. */
function toResultDeadline(d: OutcomeDeadline, asOf: PlainDate, certificatePending: boolean): ResultDeadline {
  const wording = DEADLINE_WORDING[d.what];
  const date = parseIsoDate(d.date)!;
  const facts: StatusFacts = {
    // The parent's own dates: deadlines, comment windows, and the appeal date a pending certificate would give.
    yours: PARENT_DEADLINES.includes(d.what) || d.what.startsWith('comments_') || d.what === 'tribunal_appeal_projected',
    passed: isBefore(date, asOf),
    possiblyLate: d.possibly_late === true,
    waitingForCertificate: d.what === 'tribunal_appeal' && certificatePending,
  };
  return {
    id: d.what,
    what: wording.what,
    who: wording.who,
    date: d.date,
    dateInWords: longDate(date),
    rule: datesInWords(d.rule),
    source: d.source,
    yours: facts.yours,
    passed: facts.passed,
    possiblyLate: facts.possiblyLate,
    ambiguous: d.ambiguous,
    status: dateStatus(facts, wording),
    assumption: d.assumption,
  };
}

/** domain.md: when every parent date behind out_of_time is only possibly late, the page leads with "act today". */
function onlyPossiblyLate(outcome: Outcome, deadlines: ResultDeadline[], certificatePending: boolean): boolean {
  const behind = deadlines.filter(
    (d) => (PARENT_DEADLINES as readonly string[]).includes(d.id) && d.passed && !(d.id === 'tribunal_appeal' && certificatePending),
  );
  return outcome.out_of_time && behind.length > 0 && behind.every((d) => d.possiblyLate);
}

const lowerFirst = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** A few sentences an officer can read out to a caller. */
function summaryFor(eventText: string, deadlines: ResultDeadline[], routes: ResultPage['routes']): string {
  const today = deadlines.find((d) => d.possiblyLate);
  const firstOwn = deadlines.find((d) => d.yours && !d.passed);
  return [
    `You told us: ${lowerFirst(eventText)}.`,
    today ? `Act today: ${lowerFirst(today.what)}. You may still be in time.` : '',
    firstOwn ? `The most urgent date is ${firstOwn.dateInWords}: ${lowerFirst(firstOwn.what)}.` : '',
    `The first thing to do: ${routes[0]?.title.toLowerCase() ?? 'talk to your local SENDIAS service'}.`,
  ].filter(Boolean).join(' ');
}

export function buildResult(answers: Answers, clock: Clock, calendar: BankHolidayCalendar, eventText: string, service: ServiceProfile): ResultAnswer {
  const checked = checkSituation(toSituation(answers), todayInLondon(clock));
  if (!checked.ok) return { ok: false, problems: checked.errors.map((e) => `${questionTitleFor(e.path)}: ${e.message}`) };
  const answer = nextStepsOrCoverageErrors(checked.situation, checked.asOf, calendar);
  if (!answer.ok) return { ok: false, problems: [...new Set(answer.coverageErrors.map((e) => e.message))] };
  const { outcome } = answer;
  // A projected appeal date is only given while a certificate is pending and would move the date on.
  const certificatePending = outcome.deadlines.some((d) => d.what === 'tribunal_appeal_projected');
  const deadlines = outcome.deadlines
    .map((d) => toResultDeadline(d, checked.asOf, certificatePending))
    // Your own deadlines first, then the duties of others; each group by date.
    .sort((a, b) => Number(b.yours) - Number(a.yours) || a.date.localeCompare(b.date));
  const routes = outcome.routes.map((id) => ({ id, ...ROUTE_WORDING[id], contactTo: contactFor(ROUTE_WORDING[id].contact, service) }));
  const unsureNotes = unknownDateHelp(answers, service);
  return {
    ok: true,
    page: {
      outcome,
      asOf: checked.asOf,
      deadlines,
      routes,
      routeGroups: [
        { heading: 'Do now', routes: routes.filter((r) => !BY_A_DATE.has(r.id) && !IF_THAT_DOES_NOT_WORK.has(r.id)) },
        { heading: 'Do by a date', routes: routes.filter((r) => BY_A_DATE.has(r.id)) },
        { heading: 'If that does not work, or for more help', routes: routes.filter((r) => IF_THAT_DOES_NOT_WORK.has(r.id)) },
      ].filter((g) => g.routes.length > 0),
      summaryForCaller: summaryFor(eventText, deadlines, routes),
      notes: outcome.notes.map(datesInWords),
      outOfTime: outcome.out_of_time,
      actToday: onlyPossiblyLate(outcome, deadlines, certificatePending),
      unsureNotes,
      noDeadlinesText: noDeadlinesText(unsureNotes),
      eventText,
    },
  };
}

const fold = (line: string): string => {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut)) > 74) cut -= 1;
    out.push(rest.slice(0, cut));
    rest = ` ${rest.slice(cut)}`;
  }
  out.push(rest);
  return out.join('\r\n');
};
const escapeText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** An RFC 5545 calendar of the deadlines: all-day events with stable UIDs, built from the same outcome. */
export function buildCalendar(page: ResultPage, pageUrl: string, answersKey: string, service: ServiceProfile): string {
  const stamp = `${page.asOf.toString().replace(/-/g, '')}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SEND Next Steps//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const d of page.deadlines) {
    const start = d.date.replace(/-/g, '');
    const end = parseIsoDate(d.date)!.add({ days: 1 }).toString().replace(/-/g, '');
    const uid = createHash('sha256').update(`${d.id}|${d.date}|${answersKey}`).digest('hex').slice(0, 24);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@send-next-steps`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      fold(`SUMMARY:${escapeText(d.what)}`),
      fold(`DESCRIPTION:${escapeText(`${d.who} must act. ${d.rule}. Source: ${d.source}. Help: ${service.short_name} ${service.helpline.phone}. ${pageUrl}`)}`),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
