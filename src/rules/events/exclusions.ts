// §5.11–5.13: suspensions and permanent exclusions. The School Discipline (Pupil Exclusions and
// Reviews) (England) Regulations 2012 apply only to maintained schools, PRUs and academies (reg 1(2)).
import {
  addSchoolDays,
  addWorkingDays,
  firstSchoolDayAfter,
  isAfter,
  isBefore,
  nthSchoolDayFrom,
  type PlainDate,
} from '../../dates/index.js';
import { disabilityClaim, type ConductStart } from '../blocks/disability-claim.js';
import { countFrom, dateOf, hasDefinitelyPassed, hasPassed } from '../context.js';
import { latestCandidateOrLowerBound, show } from '../counting.js';
import { sentences } from '../plain-working.js';
import type { Situation } from '../situation-schema.js';
import type { DeadlineDraft, EventResult, RuleContext } from '../types.js';
import type { DateKey, RouteId } from '../vocabulary.js';

const REGS = 'School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012';
const YOUNG_PERSON_EDUCATION_NOTE =
  'The duty to provide full-time education from the sixth school day covers pupils of compulsory school age. A young person over that age is not covered, so no date is shown. If there is an EHC plan, the LA must still secure the provision in it (Education and Inspections Act 2006 ss.100 and 101; Children and Families Act 2014 s.42).';
const NO_EARLIER = sentences(
  'This count does not know about staff training days or other days the school is closed',
  'So the real date may be later',
);

/** "exclusion" or "suspension", from the date the count starts from. */
const whatFrom = (key: DateKey): string => (key.startsWith('suspension') ? 'suspension' : 'exclusion');

/** §5.11 exclusion_regime: statutory unless the provider is outside the 2012 Regulations. */
export function isStatutoryRegime(situation: Situation): boolean {
  if (situation.provider_type) return situation.provider_type === 'school';
  return situation.setting !== 'college';
}

function firstKnown(situation: Situation, keys: DateKey[]): { date: PlainDate; key: DateKey } | undefined {
  for (const key of keys) {
    const date = dateOf(situation, key);
    if (date) return { date, key };
  }
  return undefined;
}

/** Governing board duty to consider reinstatement: N school days after being told (T5, regs 6/15/24). */
function boardDeadline(context: RuleContext, noticeKey: DateKey, schoolDays: 15 | 50): DeadlineDraft | undefined {
  const start = firstKnown(context.situation, ['board_notified', noticeKey]);
  if (!start) return undefined;
  const date = countFrom(`dates.${start.key}`, () => addSchoolDays(start.date, schoolDays, context.calendar, context.closures));
  return {
    what: 'governing_board_consider_reinstatement',
    date,
    rule: sentences(
      start.key === 'board_notified' ? `The governing board was told on ${show(start.date)}` : `The head teacher gave notice of the ${whatFrom(noticeKey)} on ${show(start.date)}`,
      `Counting ${schoolDays} school days from the next day gives ${show(date)}`,
      NO_EARLIER,
    ),
    source: `${REGS} regs 6, 15 and 24`,
    ambiguous: true,
    kind: 'duty',
  };
}

/** Full-time education from the sixth school day of the exclusion (T6). */
function sixthSchoolDay(context: RuleContext, startsKey: DateKey, noticeKey: DateKey, who: string): DeadlineDraft | undefined {
  // §12.2: the duty covers pupils of compulsory school age only.
  if (context.situation.who === 'young_person') return undefined;
  const starts = dateOf(context.situation, startsKey);
  const notice = dateOf(context.situation, noticeKey);
  if (!starts && !notice) return undefined;
  const path = `dates.${starts ? startsKey : noticeKey}`;
  const date = countFrom(path, () => {
    const dayOne = starts ?? firstSchoolDayAfter(notice!, context.calendar, context.closures);
    return nthSchoolDayFrom(dayOne, 6, context.calendar, context.closures);
  });
  return {
    what: 'full_time_education_from',
    date,
    rule: sentences(
      starts
        ? `The ${whatFrom(startsKey)} starts on ${show(starts)}, which is day 1`
        : `The head teacher gave notice of the ${whatFrom(noticeKey)} on ${show(notice!)}, so day 1 is the next school day`,
      `The sixth school day is ${show(date)}`,
      NO_EARLIER,
    ),
    source: `Education (Provision of Full-Time Education for Excluded Pupils) (England) Regulations 2007, as amended by the ${REGS} Sch 2; ${who} must arrange it`,
    ambiguous: true,
    kind: 'duty',
  };
}

function conductFrom(situation: Situation, keys: DateKey[], fallback?: DateKey): ConductStart | undefined {
  const found = firstKnown(situation, keys);
  if (found) {
    const day = found.key.endsWith('_notice') ? 'the day you were first told of the head teacher\'s decision' : 'the day of the head teacher\'s decision (taken as the day the exclusion starts)';
    return { date: found.date, path: `dates.${found.key}`, day, ambiguous: false };
  }
  const board = fallback ? dateOf(situation, fallback) : undefined;
  if (fallback && board) {
    return {
      date: board,
      path: `dates.${fallback}`,
      day: 'the date of the board\'s letter',
      ambiguous: true,
      extraRule: sentences(
        'This counts from the board\'s letter, because the dates of the exclusion are missing',
        'Counted from the head teacher\'s decision, the last day would be earlier',
      ),
    };
  }
  return undefined;
}

interface ExclusionParts {
  statutoryRoutes: RouteId[];
  deadlines: DeadlineDraft[];
  notes: string[];
  conduct: ConductStart | undefined;
}

/** Puts the routes together in the recommended order for either regime (§5.11). */
function assemble(context: RuleContext, parts: ExclusionParts, leadWithTalk: boolean): EventResult {
  const { situation } = context;
  const statutory = isStatutoryRegime(situation);
  const claim = situation.disability_related === false ? undefined : disabilityClaim(context, parts.conduct);
  const routes: RouteId[] = [...(claim?.first ?? [])];
  if (statutory) {
    if (leadWithTalk) routes.push('talk_to_setting');
    routes.push(...parts.statutoryRoutes);
  } else {
    routes.push('talk_to_setting', 'setting_complaint');
  }
  routes.push(...(claim?.routes ?? []));
  if (!situation.has_ehc_plan) routes.push('request_ehc_needs_assessment');
  const notes = [...(statutory ? parts.notes : []), ...(claim?.notes ?? [])];
  if (!statutory) {
    notes.unshift('The exclusion rules for schools (governing board review, independent review panel) do not cover this setting. Use its own exclusion or complaints procedure.');
  } else if (situation.setting === 'early_years' && !situation.provider_type) {
    notes.push('These rules cover maintained nursery schools and school nursery classes, not private nurseries. Check which kind of setting it is.');
  } else if (!situation.provider_type) {
    notes.push('These rules cover maintained schools, academies and pupil referral units. Independent schools that are not academies have their own procedures.');
  }
  if (situation.has_ehc_plan) notes.push('Your child has an EHC plan: ask the LA for an early review of the plan.');
  const deadlines = [...(statutory ? parts.deadlines : []), ...(claim?.deadlines ?? [])];
  return { routes, deadlines, mediationAdviceRequired: null, notes };
}

export function permanentExclusion(context: RuleContext): EventResult {
  const deadlines = [
    boardDeadline(context, 'exclusion_notice', 15),
    sixthSchoolDay(context, 'exclusion_starts', 'exclusion_notice', 'the LA'),
  ].filter((d): d is DeadlineDraft => d !== undefined);
  return assemble(
    context,
    {
      statutoryRoutes: ['governing_board_review', 'independent_review_panel'],
      deadlines,
      notes: [
        ...(context.situation.who === 'young_person' ? [YOUNG_PERSON_EDUCATION_NOTE] : []),
        'The governing board must meet to consider reinstating your child. Write to the board with your views and ask to attend.',
        'If the board does not reinstate, you can ask for an independent review panel. You can ask for a SEN expert to attend, whether or not the school accepts that your child has SEN.',
        'A disability discrimination claim can ask for your child to go back to the school.',
      ],
      conduct: conductFrom(context.situation, ['exclusion_notice', 'exclusion_starts']),
    },
    false,
  );
}

/**
 * IRP request: 15 school days after the day notice of the board's decision is given (Sch 1 para 2).
 * The shown date counts from the letter's date (earliest). Later candidates (rules-table §12.1):
 * first class post is deemed given on the second working day after posting (Sch 1 para 1(2); e-mail
 * and hand delivery get no deemed days), and the day the letter or e-mail actually arrived.
 */
function irpRequest(context: RuleContext): DeadlineDraft | undefined {
  const letter = dateOf(context.situation, 'board_decision_letter');
  if (!letter) return undefined;
  const sentBy = context.situation.board_decision_sent_by;
  const received = dateOf(context.situation, 'board_decision_received');
  const fifteenSchoolDaysAfter = (day: PlainDate) =>
    latestCandidateOrLowerBound(() => addSchoolDays(day, 15, context.calendar, context.closures), context.asOf, context.calendar);
  return countFrom('dates.board_decision_letter', () => {
    const date = addSchoolDays(letter, 15, context.calendar, context.closures);
    const rule = [`The board's letter is dated ${show(letter)}`, `Counting 15 school days from the next day gives ${show(date)}`, NO_EARLIER];
    let latest = date;
    if (sentBy === undefined || sentBy === 'first_class_post') {
      const deemed = addWorkingDays(letter, 2, context.calendar);
      const fromDeemed = fifteenSchoolDaysAfter(deemed);
      if (isAfter(fromDeemed.date, latest)) latest = fromDeemed.date;
      rule.push(
        sentBy ? 'The letter was sent by first class post' : 'The letter may have been sent by first class post',
        `${sentBy ? 'Then' : 'If so,'} notice counts as given on the second working day after posting: ${show(deemed)}`,
        `So the last day would be ${fromDeemed.text}`,
      );
    } else {
      rule.push(`The letter was sent by ${sentBy === 'email' ? 'e-mail' : 'hand'}`, 'The regulations give no extra days for this');
    }
    if (received && isAfter(received, letter)) {
      const fromReceived = countFrom('dates.board_decision_received', () => fifteenSchoolDaysAfter(received));
      if (isAfter(fromReceived.date, latest)) latest = fromReceived.date;
      rule.push(`Counted from the day the letter reached you, ${show(received)}, the last day would be ${fromReceived.text}`);
    }
    if (received && isBefore(received, letter)) rule.push(`The letter reached you on ${show(received)}, before the date on it`, 'Check both dates');
    if (!latest.equals(date)) rule.push('The earlier date is shown, to be safe');
    rule.push(
      'Send your request to the arranging authority named in the board\'s letter, not to the school',
      'That is the local authority for a maintained school or pupil referral unit, or the academy trust for an academy',
      'A request sent by post counts as made on the second working day after posting',
      `So e-mail it, deliver it by hand, or post it first class at least 2 working days before ${show(date)}`,
    );
    return {
      what: 'irp_request' as const,
      date,
      rule: sentences(...rule),
      source: `${REGS} Sch 1 paras 1 and 2; reg 17(3)`,
      ambiguous: true,
      kind: 'parent' as const,
      latestCandidate: latest,
    };
  });
}

export function permanentExclusionUpheld(context: RuleContext): EventResult {
  const irp = isStatutoryRegime(context.situation) ? irpRequest(context) : undefined;
  const definitelyLate = irp !== undefined && hasDefinitelyPassed(irp, context.asOf);
  const notes: string[] = [];
  if (definitelyLate) {
    notes.push(
      'The time to ask for an independent review panel has passed, and the panel cannot accept a late request (unless the school was closed on days this count did not know about, such as staff training days: check). Judicial review and a disability discrimination claim may still be open: get legal advice quickly.',
    );
  } else if (irp && hasPassed(irp.date, context.asOf)) {
    notes.push('Apply for the independent review panel today: you may still be in time, because a letter sent by post, or one that reached you later than its date, can give you a few more days. The panel cannot accept a request after the last day.');
  } else {
    notes.push('Ask for the independent review panel in writing, and say if you want a SEN expert. The panel cannot accept a late request.');
  }
  if (!definitelyLate) {
    notes.push(
      'Send your request to the arranging authority named in the board\'s letter: the local authority for a maintained school or pupil referral unit, or the academy trust for an academy. Do not send it to the school.',
      'A request sent by post counts as made 2 working days after you post it. E-mail it or deliver it by hand if you can, or post it first class at least 2 working days before the date shown.',
    );
  }
  const headTeacherDate = dateOf(context.situation, 'exclusion_notice') ?? dateOf(context.situation, 'exclusion_starts');
  if (context.situation.disability_related !== false && headTeacherDate) {
    notes.push(
      'The board\'s decision not to reinstate may count as a separate act of discrimination, with its own 6 months. The date shown is counted from the head teacher\'s decision, which is earlier and safer (Equality Act 2010 Sch 17 para 4).',
    );
  }
  notes.push(
    'The panel can uphold the decision, recommend that the board looks again, or quash it and tell the board to reconsider.',
    'You cannot appeal against the panel\'s decision. If the panel was not run properly, you can complain to the Local Government and Social Care Ombudsman (maintained school or pupil referral unit) or to the Department for Education (academy). Judicial review is also possible, but it must be started promptly and within 3 months (Civil Procedure Rules 54.5): get legal advice.',
  );
  return assemble(
    context,
    {
      statutoryRoutes: [definitelyLate ? 'judicial_review' : 'independent_review_panel'],
      deadlines: irp ? [irp] : [],
      notes,
      conduct: conductFrom(context.situation, ['exclusion_notice', 'exclusion_starts'], 'board_decision_letter'),
    },
    false,
  );
}

/** §5.13: the board's duty depends on the days suspended this term, exams and representations. */
function suspensionBoardDeadline(context: RuleContext, notes: string[]): DeadlineDraft | undefined {
  const { suspension_days_this_term: days, misses_public_exam: exam, representations_made: representations } = context.situation;
  if ((days !== undefined && days > 15) || exam === true) return boardDeadline(context, 'suspension_notice', 15);
  if (days !== undefined && days >= 6) {
    if (representations === true) return boardDeadline(context, 'suspension_notice', 50);
    const possible = boardDeadline(context, 'suspension_notice', 50);
    notes.push(
      `If you make representations (write to the governing board with your views), the board must consider reinstatement within 50 school days of being told${possible ? `: no earlier than ${show(possible.date)}` : ''}.`,
    );
  }
  return undefined;
}

export function suspension(context: RuleContext): EventResult {
  const notes = [
    'A pupil can be suspended for at most 45 school days in a school year.',
    'You can write to the governing board with your views about any suspension.',
  ];
  const board = suspensionBoardDeadline(context, notes);
  const length = context.situation.suspension_length_days;
  const education = length !== undefined && length > 5 ? sixthSchoolDay(context, 'suspension_starts', 'suspension_notice', 'the school') : undefined;
  if (education) education.rule = sentences(education.rule, `The suspension lasts ${length} school days, counting any suspension straight before it`);
  if (length !== undefined && length > 5 && context.situation.who === 'young_person') notes.push(YOUNG_PERSON_EDUCATION_NOTE);
  if (context.situation.misses_public_exam) notes.push('Your child would miss a public exam: the board should meet before the exam if it can.');
  return assemble(
    context,
    {
      statutoryRoutes: ['governing_board_review'],
      deadlines: [board, education].filter((d): d is DeadlineDraft => d !== undefined),
      notes,
      conduct: conductFrom(context.situation, ['suspension_notice', 'suspension_starts']),
    },
    true,
  );
}
