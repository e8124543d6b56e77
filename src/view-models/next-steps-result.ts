// The next-steps page: runs the rules on the answers and puts the outcome's plan into words.
// Ownership, pausing, status, urgency, order and the first action all come from the outcome
// (src/rules/plan.ts); this module only words and formats them (test/unit/plan-boundary.test.ts).
import { createHash } from 'node:crypto';
import { longDate, parseIsoDate, todayInLondon, type BankHolidayCalendar, type Clock, type PlainDate } from '../dates/index.js';
import type { Answers } from '../questionnaire/flow.js';
import { QUESTION_BY_ID } from '../questionnaire/questions.js';
import { toSituation } from '../questionnaire/to-situation.js';
import { checkSituation, nextStepsOrCoverageErrors, type Actor, type EventId, type Outcome, type OutcomeDeadline, type PlanStep } from '../rules/index.js';
import type { ServiceProfile } from '../services/service-profile.js';
import {
  ACTOR_WORDING,
  DEADLINE_WORDING,
  DUTY_SENTENCE,
  EVENT_SENTENCE,
  KEY_FACT_SENTENCE,
  ROUTE_WORDING,
  STATUS_WORDING,
} from './outcome-wording.js';
import { abbreviationsFor, spellOutFirstUsesInText } from './abbreviations.js';
import { telHref } from './layout.js';
import { noDeadlinesText, unknownDateHelp, type UnknownDateHelp } from './unknown-date-help.js';

export interface Contact {
  text: string;
  href?: string;
  phone?: string;
  phoneHref?: string;
}

export interface ResultDeadline {
  id: string;
  what: string;
  who: string;
  date: string;
  dateInWords: string;
  /** "Last safe day" for the parent's own dates; others' duties are said in a sentence instead. */
  label?: string;
  /** A duty of someone else in plain words, or the parent's own date as "what by when". */
  sentence: string;
  /** "The law gives you until … at the latest", when a later reading exists. */
  laterReading?: string;
  rule: string;
  source: string;
  yours: boolean;
  status: OutcomeDeadline['status'];
  /** For a missed (or late-met) duty: by how many days, from the plan. */
  lateByDays?: number;
  /** What the page says under the date, and whether it is said strongly. */
  statusText?: { text: string; strong: boolean };
  assumption?: string;
}

export interface ResultStep {
  id: string;
  step: number | null;
  title: string;
  what: string;
  factsheet: string;
  contact: Contact;
  /** "With step 3", or "At any time". */
  when?: string;
  dates: ResultDeadline[];
}

export interface FirstActionPanel {
  route: string;
  title: string;
  what: string;
  date?: { inWords: string; timeLeft: string; sentence: string; statusText?: string };
  /** Why this comes before step 1, when it does. */
  why?: string;
  duties: string[];
  contact: Contact;
  urgent: boolean;
}

/** Said when the plan leads with something other than step 1 for a reason the parent should hear. */
const WHY_IT_LEADS: Partial<Record<Outcome['plan']['first_action']['reason'], string>> = {
  due_this_week: 'This comes first because its time limit ends within a week, and the other steps do not stop that clock.',
};

export interface ResultPage {
  outcome: Outcome;
  asOf: PlainDate;
  firstAction: FirstActionPanel;
  helpline: Contact;
  steps: ResultStep[];
  alongside: ResultStep[];
  fallback: ResultStep[];
  /** Duties of others, as a clock: met, due on a date, or missed by N days. */
  clock: ResultDeadline[];
  deadlines: ResultDeadline[];
  summaryForCaller: string;
  email: { subject: string; body: string };
  notes: string[];
  alert: Outcome['plan']['alert'];
  /** One box per answer the parent was not sure of (src/view-models/unknown-date-help.ts). */
  unsureNotes: UnknownDateHelp[];
  noDeadlinesText: string;
  eventText: string;
  event: EventId;
  /** The young person is the one asking (their own rights and words). */
  youngPerson: boolean;
}

export type ResultAnswer = { ok: true; page: ResultPage } | { ok: false; problems: string[] };

function contactFor(actor: Actor, service: ServiceProfile): Contact {
  const contact = contactWithoutTel(actor, service);
  return contact.phone ? { ...contact, phoneHref: telHref(contact.phone) } : contact;
}

function contactWithoutTel(actor: Actor, service: ServiceProfile): Contact {
  switch (ACTOR_WORDING[actor].contact) {
    case 'sendias':
      return { text: service.short_name, phone: service.helpline.phone };
    case 'mediation': {
      const m = service.mediation_provider;
      return { text: `${m.name} (the mediation adviser named in the LA's letter)`, ...(m.phone ? { phone: m.phone } : {}), ...(m.url ? { href: m.url } : {}) };
    }
    case 'la': {
      const team = service.la_sen_team;
      return { text: team.name, ...(team.phone ? { phone: team.phone } : {}), ...(team.url ? { href: team.url } : {}) };
    }
    case 'la_complaints': {
      // The profile names the council's complaints procedure; without it, the SEN team can say how to complain.
      const complaints = service.la_complaints;
      if (!complaints) return contactWithoutTel('la', service);
      return { text: complaints.name, ...(complaints.url ? { href: complaints.url } : {}) };
    }
    case 'authority':
      // rules-table §12.1: the LA for a maintained school or PRU, the academy trust for an academy.
      return { text: "The arranging authority named in the board's letter: the local authority for a maintained school or pupil referral unit, or the academy trust for an academy" };
    case 'setting':
      return { text: 'The school, college or nursery' };
    case 'board':
      return { text: 'The clerk to the governing board, through the school office' };
    case 'tribunal':
      return { text: 'The SEND Tribunal (GOV.UK)', href: 'https://www.gov.uk/appeal-ehc-plan-decision' };
    case 'court':
      return { text: 'The County Court (GOV.UK)', href: 'https://www.gov.uk/make-court-claim-for-money' };
    case 'ombudsman':
      return { text: 'Local Government and Social Care Ombudsman', href: 'https://www.lgo.org.uk' };
    case 'health':
      return { text: 'The health provider or Integrated Care Board (ICB); then the Parliamentary and Health Service Ombudsman', href: 'https://www.ombudsman.org.uk' };
    case 'dfe':
      return { text: 'Department for Education (GOV.UK)', href: 'https://www.gov.uk/complain-about-school' };
    case 'legal':
      return { text: 'IPSEA (free legal advice)', href: 'https://www.ipsea.org.uk' };
    case 'none':
      return { text: 'You' };
  }
}

function questionTitleFor(path: string): string {
  const id = path.split('.').at(-1) ?? path;
  return QUESTION_BY_ID.get(id)?.title ?? path;
}

/** A rule's arithmetic or a note with its dates in words: "2026-12-12 (Sat)" → "Saturday 12 December 2026". */
export function datesInWords(rule: string): string {
  return rule.replace(/\b(\d{4}-\d{2}-\d{2})\b(?: \((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\))?/g, (match, iso: string) => {
    const date = parseIsoDate(iso);
    return date ? longDate(date) : match;
  });
}

const inWords = (iso: string): string => longDate(parseIsoDate(iso)!);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "today", "tomorrow", "9 days from today", "7 weeks from today", "3 days ago". Formatting only. */
export function timeLeftInWords(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days < 0 ? `${span(-days)} ago` : `${span(days)} from today`;
}

/** "9 days", "7 weeks", "2 weeks and 3 days", "about 5 months". */
function span(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days < 120) {
    const rest = days % 7;
    return `${plural(Math.floor(days / 7), 'week')}${rest ? ` and ${plural(rest, 'day')}` : ''}`;
  }
  return `about ${plural(Math.floor(days / 30.44), 'month')}`;
}

/** Lower-cases only a first capital that is not an abbreviation ("Write to the LA" → "write to the LA"). */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text);

function personal(text: string, youngPerson: boolean): string {
  return youngPerson ? text.replace(/\byour child's\b/g, 'your').replace(/\byour child\b/g, 'you').replace(/\btheir\b/g, 'your') : text;
}

function statusText(d: OutcomeDeadline): ResultDeadline['statusText'] {
  const wording = DEADLINE_WORDING[d.what];
  const late = d.late_by_days !== undefined ? plural(d.late_by_days, 'day') : '';
  switch (d.status) {
    case 'possibly_late':
      return { text: `${STATUS_WORDING.possiblyLate} ${wording.ifPossiblyLate ?? ''}`.trim(), strong: true };
    case 'passed':
      return { text: `${STATUS_WORDING.passed} ${wording.ifPassed}`, strong: true };
    case 'paused':
      return { text: STATUS_WORDING.paused, strong: true };
    case 'missed':
      return { text: `${STATUS_WORDING.missed.replace('{n}', late)} ${wording.ifPassed}`, strong: true };
    case 'met_late':
      return { text: STATUS_WORDING.metLate.replace('{n}', late), strong: false };
    case 'met':
      return { text: STATUS_WORDING.met, strong: false };
    case 'in_force':
      return { text: STATUS_WORDING.inForce, strong: false };
    case 'due':
      return undefined;
  }
}

/** The parent's own date in a sentence; counted from the day the letter arrived, it may really end earlier. */
function parentSentence(d: OutcomeDeadline, what: string, dateInWords: string): string {
  return d.start_may_be_earlier
    ? `${what}. Counted from the day the letter arrived, the last day is ${dateInWords}, but it may be earlier.`
    : `${what}. The last safe day is ${dateInWords}.`;
}

function toResultDeadline(d: OutcomeDeadline, youngPerson: boolean): ResultDeadline {
  const wording = DEADLINE_WORDING[d.what];
  const dateInWords = inWords(d.date);
  const who = ACTOR_WORDING[d.owner].who;
  const duty = DUTY_SENTENCE[d.what];
  const sentence = personal(!d.parent_deadline && duty ? duty.replace('{date}', dateInWords).replace('{who}', who) : parentSentence(d, wording.what, dateInWords), youngPerson);
  const readingNote = d.latest_date ? STATUS_WORDING.laterReading.replace('{latest}', inWords(d.latest_date)) : d.start_may_be_earlier ? STATUS_WORDING.startMayBeEarlier : undefined;
  const status = statusText(d);
  return {
    id: d.what,
    what: personal(wording.what, youngPerson),
    who,
    date: d.date,
    dateInWords,
    ...(d.parent_deadline ? { label: d.start_may_be_earlier ? STATUS_WORDING.lastDayFromArrival : STATUS_WORDING.lastSafeDay } : {}),
    sentence,
    ...(readingNote ? { laterReading: readingNote } : {}),
    rule: datesInWords(d.rule),
    source: d.source,
    yours: d.parent_deadline,
    status: d.status,
    ...(d.late_by_days !== undefined ? { lateByDays: d.late_by_days } : {}),
    ...(status ? { statusText: status } : {}),
    ...(d.assumption ? { assumption: datesInWords(d.assumption) } : {}),
  };
}

function toResultStep(step: PlanStep, byId: Map<string, ResultDeadline>, service: ServiceProfile, youngPerson: boolean): ResultStep {
  const wording = ROUTE_WORDING[step.route];
  const when = step.track === 'alongside' ? (step.runs_with_step !== null ? `With step ${step.runs_with_step}` : 'At any time') : undefined;
  return {
    id: step.route,
    step: step.step,
    title: wording.title,
    what: personal(wording.what, youngPerson),
    factsheet: wording.factsheet,
    contact: contactFor(step.contact, service),
    ...(when ? { when } : {}),
    dates: step.deadlines.map((id) => byId.get(id)!).filter(Boolean),
  };
}

function firstActionPanel(outcome: Outcome, byId: Map<string, ResultDeadline>, service: ServiceProfile, youngPerson: boolean): FirstActionPanel {
  const first = outcome.plan.first_action;
  const wording = ROUTE_WORDING[first.route];
  const key = first.deadline ? byId.get(first.deadline) : undefined;
  const wire = outcome.deadlines.find((d) => d.what === first.deadline);
  return {
    route: first.route,
    title: wording.title,
    what: personal(wording.what, youngPerson),
    ...(key && wire
      ? { date: { inWords: key.dateInWords, timeLeft: timeLeftInWords(wire.days_from_as_of), sentence: key.yours ? `The last safe day is ${key.dateInWords}.` : key.sentence, ...(key.statusText ? { statusText: key.statusText.text } : {}) } }
      : {}),
    ...(WHY_IT_LEADS[first.reason] ? { why: WHY_IT_LEADS[first.reason] } : {}),
    duties: first.duties.map((id) => byId.get(id)?.sentence ?? '').filter(Boolean),
    contact: contactFor(first.contact, service),
    urgent: first.urgency === 'act_today' || first.urgency === 'passed',
  };
}

/** Sentences an officer can read out to a caller: second person, capitals kept, no ids. */
function summaryFor(outcome: Outcome, event: EventId, panel: FirstActionPanel, service: ServiceProfile, youngPerson: boolean): string {
  const facts = outcome.plan.key_facts.map((f) => KEY_FACT_SENTENCE[f.fact].replace('{date}', f.date ? inWords(f.date) : ''));
  const date = panel.date
    ? ` ${panel.date.sentence} That ${panel.date.timeLeft.endsWith('ago') || panel.date.timeLeft === 'yesterday' ? 'was' : 'is'} ${panel.date.timeLeft}.${panel.date.statusText ? ` ${panel.date.statusText}` : ''}`
    : '';
  const alert =
    outcome.plan.alert === 'act_today'
      ? 'A date has passed on the earliest reading of the law, but you may still be in time if you act today.'
      : outcome.plan.alert === 'passed'
        ? 'A date has passed, but that does not mean it is too late: the page says what you can still do.'
        : '';
  const sentences = [
    `You told us that ${personal(EVENT_SENTENCE[event], youngPerson)}.`,
    ...facts,
    `The first thing to do is to ${lowerFirst(panel.title)}.${date}`,
    panel.why ?? '',
    ...panel.duties,
    alert,
    `For free help, call ${service.short_name} on ${service.helpline.phone}.`,
  ];
  // Read on its own (aloud, in an e-mail, in a calendar), so it spells out its own abbreviations.
  return spellOutFirstUsesInText(sentences.filter(Boolean).join(' '), abbreviationsFor(service));
}

function emailFor(page: Pick<ResultPage, 'summaryForCaller' | 'deadlines' | 'firstAction'>, service: ServiceProfile, pageUrl: string) {
  const dates = page.deadlines.map((d) => `- ${d.dateInWords}: ${d.what}${d.yours ? ' (your deadline)' : ` (${d.who})`}`);
  return {
    subject: `Your SEND next steps: ${page.firstAction.title}`,
    body: [
      page.summaryForCaller,
      ...(dates.length ? ['', 'Key dates:', ...dates] : []),
      '',
      `Help: ${service.short_name}, ${service.helpline.phone}`,
      '',
      `Your plan: ${pageUrl}`,
    ].join('\n'),
  };
}

export function buildResult(
  answers: Answers,
  clock: Clock,
  calendar: BankHolidayCalendar,
  eventText: string,
  service: ServiceProfile,
  pageUrl = '',
): ResultAnswer {
  const checked = checkSituation(toSituation(answers), todayInLondon(clock));
  if (!checked.ok) return { ok: false, problems: checked.errors.map((e) => `${questionTitleFor(e.path)}: ${e.message}`) };
  const answer = nextStepsOrCoverageErrors(checked.situation, checked.asOf, calendar);
  if (!answer.ok) return { ok: false, problems: [...new Set(answer.coverageErrors.map((e) => e.message))] };
  const { outcome } = answer;
  const youngPerson = checked.situation.who === 'young_person';
  const deadlines = outcome.deadlines.map((d) => toResultDeadline(d, youngPerson));
  const byId = new Map(deadlines.map((d) => [d.id, d]));
  const steps = outcome.plan.steps.map((s) => ({ track: s.track, view: toResultStep(s, byId, service, youngPerson) }));
  const firstAction = firstActionPanel(outcome, byId, service, youngPerson);
  const summaryForCaller = summaryFor(outcome, checked.situation.event, firstAction, service, youngPerson);
  const unsureNotes = unknownDateHelp(answers, service);
  const inTrack = (track: PlanStep['track']) => steps.filter((s) => s.track === track).map((s) => s.view);
  const page = {
    outcome,
    asOf: checked.asOf,
    firstAction,
    helpline: contactFor('sendias', service),
    steps: inTrack('sequence'),
    alongside: inTrack('alongside'),
    fallback: inTrack('fallback'),
    clock: deadlines.filter((d) => !d.yours),
    deadlines,
    summaryForCaller,
    notes: outcome.notes.map(datesInWords),
    alert: outcome.plan.alert,
    unsureNotes,
    noDeadlinesText: noDeadlinesText(unsureNotes),
    eventText,
    event: checked.situation.event,
    youngPerson,
  };
  return { ok: true, page: { ...page, email: emailFor(page, service, pageUrl) } };
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

/** Reminders before the parent's own dates that are still to come: 14 days and 2 days before. */
const REMINDER_DAYS = [14, 2] as const;

/**
 * An RFC 5545 calendar of the deadlines, built from the same outcome: all-day events with stable
 * UIDs; the parent's own dates get reminders; others' duties say whose they are.
 */
export function buildCalendar(page: ResultPage, pageUrl: string, answersKey: string, service: ServiceProfile): string {
  const stamp = `${page.asOf.toString().replace(/-/g, '')}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SEND Next Steps//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const d of page.deadlines) {
    const start = d.date.replace(/-/g, '');
    const end = parseIsoDate(d.date)!.add({ days: 1 }).toString().replace(/-/g, '');
    const uid = createHash('sha256').update(`${d.id}|${d.date}|${answersKey}`).digest('hex').slice(0, 24);
    const whose = d.yours ? 'Your deadline.' : `Not your deadline: this is a duty of ${lowerFirst(d.who)}. Check that it happened.`;
    const description = [whose, d.sentence, d.laterReading ?? '', d.statusText?.text ?? '', `How it was worked out: ${d.rule} Source: ${d.source}.`, '', page.summaryForCaller, '', `Help: ${service.short_name} ${service.helpline.phone}.`, pageUrl]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@send-next-steps`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      fold(`SUMMARY:${escapeText(d.yours ? `Last safe day: ${d.what}` : `${d.who} (their duty): ${d.what}`)}`),
      fold(`DESCRIPTION:${escapeText(description)}`),
      `CATEGORIES:${d.yours ? 'YOUR DEADLINE' : 'DUTY OF OTHERS'}`,
    );
    if (d.yours && d.status === 'due') {
      for (const days of REMINDER_DAYS) {
        lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', fold(`DESCRIPTION:${escapeText(`In ${days} days: ${d.what}`)}`), `TRIGGER:-P${days}D`, 'END:VALARM');
      }
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
