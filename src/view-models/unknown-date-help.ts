// What the next-steps page says for each answer the parent was not sure of. For a key date (the one
// every deadline counts from) it says what the deadlines count from, how to get a copy of the letter
// (who to ask, with the local number) and what to do today. Every "not sure" has its own text.
import type { Answers } from '../questionnaire/flow.js';
import { unknownDates } from '../questionnaire/to-situation.js';
import type { ServiceProfile } from '../services/service-profile.js';

export interface UnknownDateHelp {
  /** The question id, for tests and the page's data attribute. */
  id: string;
  heading: string;
  paragraphs: string[];
  /** True when the deadlines count from this date: without it the page may have no dates to show. */
  key: boolean;
}

interface Contacts {
  la: string;
  sendias: string;
  mediation: string;
}

interface KeyDateText {
  heading: string;
  countsFrom: string;
  getACopy: (c: Contacts) => string;
  today: (c: Contacts) => string;
}

const KEY_DATES: Record<string, KeyDateText> = {
  decision_letter: {
    heading: 'You were not sure of the date on the decision letter',
    countsFrom: 'Your appeal deadline counts from the day the LA sent its decision: usually 2 months from that day, or 1 month from the date on a mediation certificate if that is later. The time to contact the mediation adviser counts from the same day.',
    getACopy: (c) => `To find the date, look at the top of the letter or the email it came with. If you do not have it, ask ${c.la} for a copy, or to tell you the date it was sent.`,
    today: (c) => `What to do today: if you may want to appeal, contact the mediation adviser now (${c.mediation}), unless you only disagree with the school or college named. You do not need the date to do this, and acting early keeps every choice open.`,
  },
  board_decision_letter: {
    heading: 'You were not sure of the date on the governing board\'s letter',
    countsFrom: 'The request for an independent review panel must be made within 15 school days of the day the board\'s decision was given to you.',
    getACopy: () => 'To find the date, look at the top of the board\'s letter or email. If you do not have it, ask the school office or the clerk to the governing board for a copy.',
    today: () => 'What to do today: ask for a review in writing now. Send it to the local authority for a maintained school or pupil referral unit, or to the academy trust for an academy. A request made early is never too late.',
  },
  exclusion_notice: {
    heading: 'You were not sure of the day you were first told about the exclusion',
    countsFrom: 'The governing board must meet to consider the exclusion within 15 school days of being told about it, and a disability discrimination claim must be made within 6 months of the exclusion.',
    getACopy: () => 'To find the day, look at your call log, texts and emails from that time, and the head teacher\'s letter. If you do not have the letter, ask the school office for a copy.',
    today: () => 'What to do today: write to the school to say you want the governing board to consider the exclusion, and that you want to go to the meeting.',
  },
  suspension_notice: {
    heading: 'You were not sure of the day you were first told about the suspension',
    countsFrom: 'If the governing board must consider the suspension, its time limit counts from when it was told. A disability discrimination claim must be made within 6 months of the suspension.',
    getACopy: () => 'To find the day, look at your call log, texts and emails from that time, and the head teacher\'s letter. If you do not have the letter, ask the school office for a copy.',
    today: () => 'What to do today: you can write to the governing board with your views about any suspension. Keep a copy of what you send.',
  },
  conduct: {
    heading: 'You were not sure when it happened',
    countsFrom: 'A disability discrimination claim must be made within 6 months of what happened.',
    getACopy: () => 'To find the date, look at emails, letters and texts from that time, and any notes you made. You can ask the school for its records about your child.',
    today: () => 'What to do today: write down what happened and when, as well as you remember, and keep it with your papers.',
  },
  conduct_started: {
    heading: 'You were not sure when it started',
    countsFrom: 'For treatment that went on over time, a disability discrimination claim must be made within 6 months of when it stopped. When it started still matters for what the claim covers.',
    getACopy: () => 'To find the date, look at emails, letters and texts from that time, and any notes you made. You can ask the school for its records about your child.',
    today: () => 'What to do today: write down what happened and when, as well as you remember, and keep it with your papers.',
  },
  request_received_by_la: {
    heading: 'You were not sure when the LA received your request',
    countsFrom: 'The LA must tell you whether it will assess within 6 weeks of receiving your request, and the whole process should take no more than 20 weeks.',
    getACopy: (c) => `To find the date, look for the LA's acknowledgement, or the date you sent your email. If you cannot find it, ask ${c.la} to tell you in writing the date it received your request.`,
    today: (c) => `What to do today: ask ${c.la} in writing to confirm the date it received your request. Keep a copy.`,
  },
  draft_plan_sent: {
    heading: 'You were not sure when the draft plan was sent',
    countsFrom: 'You have at least 15 days from the day the draft plan was sent to give your views and to ask for a school or college.',
    getACopy: (c) => `To find the date, look at the letter or email that came with the draft plan. If you cannot find it, ask ${c.la}.`,
    today: () => 'What to do today: send your comments and the school or college you want as soon as you can. You can ask for a meeting with the LA.',
  },
  review_meeting: {
    heading: 'You were not sure when the annual review meeting was',
    countsFrom: 'The LA must tell you its decision within 4 weeks of the review meeting.',
    getACopy: () => 'To find the date, look at the invitation to the meeting, or ask the school or college, which usually arranges it and writes the report.',
    today: () => 'What to do today: ask the school or college for a copy of the review report.',
  },
  transfer: {
    heading: 'You were not sure when the move will happen',
    countsFrom: 'For a move to the next stage of education, the LA must review the plan and name the new school or college by a date set in the law, counted back from the move.',
    getACopy: () => 'To find the date, ask the school or college your child will move to when the new school year or course starts.',
    today: (c) => `What to do today: ask ${c.la} when it will update the plan and name the new school or college.`,
  },
  first_noticed: {
    heading: 'You were not sure when you first noticed the help was not being given',
    countsFrom: 'A complaint to the Ombudsman should usually be made within 12 months of when you first knew about the problem.',
    getACopy: () => 'Your best estimate is fine. Emails, letters or notes from that time may help you find the date.',
    today: (c) => `What to do today: write to ${c.la} to say what help is missing and since when. Keep a copy.`,
  },
  order_made: {
    heading: 'You were not sure of the date on the Tribunal\'s order',
    countsFrom: 'The LA must do what the Tribunal ordered within set times, counted from the date of the order.',
    getACopy: () => 'To find the date, look at the Tribunal\'s decision. If you do not have it, ask the SEND Tribunal for a copy.',
    today: (c) => `What to do today: write to ${c.la} to ask when it will do what the Tribunal ordered.`,
  },
  mediation_agreement: {
    heading: 'You were not sure of the date of the mediation agreement',
    countsFrom: 'The LA must do what it agreed within set times, counted from the day of the agreement.',
    getACopy: (c) => `To find the date, look at the written agreement. If you do not have it, ask the mediation service (${c.mediation}) for a copy.`,
    today: (c) => `What to do today: write to ${c.la} to ask when it will do what it agreed.`,
  },
  written_reasons_sent: {
    heading: 'You were not sure when the Tribunal\'s written reasons were sent',
    countsFrom: 'You must ask the Tribunal for permission to appeal within 28 days of the day the written reasons were sent.',
    getACopy: () => 'To find the date, look at the Tribunal\'s decision with reasons or its covering email. If you cannot find it, ask the SEND Tribunal.',
    today: () => 'What to do today: get legal advice. This time limit is short.',
  },
  la_notified_tribunal: {
    heading: 'You were not sure when the LA told the Tribunal it will not oppose your appeal',
    countsFrom: 'The LA must do what your appeal asked for within set times, counted from the day it told the Tribunal it will not oppose the appeal.',
    getACopy: () => 'To find the date, look at the Tribunal\'s letter or email telling you. If you cannot find it, ask the SEND Tribunal.',
    today: (c) => `What to do today: write to ${c.la} to ask when it will do what the appeal asked for.`,
  },
};

/** Dates that change some deadlines but not all: each says what it changes and how to find it. */
const OTHER_DATES: Record<string, { heading: string; text: string }> = {
  decision_email_sent: { heading: 'You did not know if the LA also emailed the decision', text: 'We counted from the date on the letter. If an email with the decision came earlier, your deadlines are earlier: search your inbox for it, then change your answer.' },
  decision_emailed: { heading: 'You were not sure when the decision was emailed', text: 'We counted from the date on the letter. If the email came earlier, your deadlines are earlier: check your inbox for the date, then change your answer.' },
  contacted_mediation_adviser: { heading: 'You were not sure when you first contacted the mediation adviser', text: 'When you contacted the adviser can change your appeal deadline. Look in your emails or call log, or ask the mediation adviser, then change your answer.' },
  told_la_wants_mediation: { heading: 'You were not sure when you told the LA you want mediation', text: 'The LA must arrange mediation within 30 days of being told. Look for your email or letter, then change your answer.' },
  mediation_held: { heading: 'You were not sure when mediation took place', text: 'The mediation certificate should be sent within 3 working days of the mediation. Ask the mediation service if you have not had it.' },
  la_told_adviser_mediation_not_arranged: { heading: 'You were not sure when the LA said it could not arrange mediation', text: 'The mediation certificate should follow within 3 working days. Ask the mediation adviser for the date and the certificate.' },
  mediation_certificate_issued: { heading: 'You were not sure of the date on the mediation certificate', text: 'The certificate can give you more time to appeal. The date of issue is printed on it: ask the mediation service for a copy if you cannot find it.' },
  la_agreed_to_assess: { heading: 'You were not sure when the LA said it will assess', text: 'We worked out the dates from when the LA received your request. Look for the LA\'s letter or email, then change your answer.' },
  proposed_amendments_sent: { heading: 'You were not sure when the LA sent its proposed changes', text: 'You have at least 15 days from that day to comment. Look at the covering letter or email, then change your answer.' },
  board_notified: { heading: 'You were not sure when the governing board was told', text: 'We counted from the day you were told instead: the board is usually told the same day. The school office can tell you the date.' },
  board_decision_received: { heading: 'You were not sure when the board\'s letter or email reached you', text: 'We counted from the date on the letter and how it was sent. If it reached you later, you may have a little longer, but do not rely on it: ask for a review as soon as you can.' },
  suspension_starts: { heading: 'You were not sure of the first day of the suspension', text: 'The first day decides when the school must start giving education, if the suspension is longer than 5 school days. The letter says when it starts.' },
  exclusion_starts: { heading: 'You were not sure of the first day of the exclusion', text: 'The first day decides when the LA must start giving full-time education. The head teacher\'s letter says when it starts.' },
  suspension_length_days: { heading: 'You were not sure how long the suspension is', text: 'If it is more than 5 school days, counting any suspension straight before it, the school must arrange education from the sixth day. The letter says how long it is.' },
  conduct_ended: { heading: 'You were not sure when it stopped', text: 'A claim about treatment over time must be made within 6 months of when it stopped. Your best estimate helps: change your answer when you have it.' },
  order_sent: { heading: 'You were not sure when the order was sent to you', text: 'We counted from the date of the order, which is the earliest safe reading.' },
  la_complaint_final_response: { heading: 'You were not sure of the date of the LA\'s final response', text: 'The date does not change the 12 months for the Ombudsman, which count from when you first knew about the problem.' },
};

const SCHOOL_HOLIDAYS =
  'School holidays were not given, so school days are counted as weekdays that are not bank holidays. The real dates may be later: check the school\'s term dates.';

function contactsFrom(service: ServiceProfile): Contacts {
  const team = service.la_sen_team;
  return {
    la: team.phone ? `the ${team.name} (${team.phone})` : `the ${team.name}`,
    sendias: `${service.short_name} on ${service.helpline.phone}`,
    mediation: service.mediation_provider.phone ? `${service.mediation_provider.name}, ${service.mediation_provider.phone}` : service.mediation_provider.name,
  };
}

function helpFor(id: string, contacts: Contacts): UnknownDateHelp {
  const key = KEY_DATES[id];
  if (key) {
    return {
      id,
      heading: key.heading,
      paragraphs: [key.countsFrom, key.getACopy(contacts), key.today(contacts), `${contacts.sendias} can help you find the date and check your deadlines. When you have it, change your answer to see your exact dates.`],
      key: true,
    };
  }
  if (id === 'has_holidays' || id.startsWith('holiday_')) return { id: 'has_holidays', heading: 'School holidays', paragraphs: [SCHOOL_HOLIDAYS], key: false };
  const other = OTHER_DATES[id] ?? { heading: 'You were not sure of one of the dates', text: 'Some dates below may change when you know it. Change your answer when you have it.' };
  return { id, heading: other.heading, paragraphs: [other.text], key: false };
}

/** The help for every "not sure" in these answers, key dates first, one entry per kind. */
export function unknownDateHelp(answers: Answers, service: ServiceProfile): UnknownDateHelp[] {
  const contacts = contactsFrom(service);
  const seen = new Set<string>();
  const help = unknownDates(answers).map((id) => helpFor(id, contacts)).filter((h) => !seen.has(h.id) && seen.add(h.id));
  return [...help.filter((h) => h.key), ...help.filter((h) => !h.key)];
}

/** Said instead of an empty table of dates. */
export function noDeadlinesText(help: UnknownDateHelp[]): string {
  const key = help.find((h) => h.key);
  return key
    ? 'We cannot show your deadlines until you know the date they count from. The box above says how to find it, and what to do today.'
    : 'There are no legal deadlines to show for this situation yet.';
}
