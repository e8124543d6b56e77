// The page a way out leads to ("I am not sure", "Something else"): what to look for on the letter,
// the factsheets grouped by problem, and the local service's helpline. Never a dead end.
import { wayOutTaken, type Answers } from '../questionnaire/flow.js';
import { QUESTION_BY_ID } from '../questionnaire/questions.js';
import { queryString } from '../questionnaire/replay.js';
import type { ServiceProfile } from '../services/service-profile.js';
import { telHref } from './layout.js';

interface WayOutHelp {
  /** What the parent told us, as a full sentence. */
  said: string;
  /** What to look for on the letter or in the papers. */
  lookFor: string[];
}

const LETTER_CLUES = [
  'Who sent it: the local authority (LA), the school or college, the Tribunal, or the mediation service.',
  'The date at the top. Many deadlines count from it.',
  'Words such as "decision", "appeal", "mediation", "exclusion" or "suspension". They say what kind of letter it is.',
  'A part that says what you can do if you disagree, and by when. The LA must tell you this for every decision you can appeal.',
];

const HELP_BY_QUESTION: Record<string, WayOutHelp> = {
  has_ehc_plan: {
    said: 'You are not sure if your child or young person has an education, health and care (EHC) plan.',
    lookFor: [
      'An EHC plan is a legal document from the local authority (LA). It has the title "Education, Health and Care Plan" and sections with letters, from A to K.',
      'A plan from the school, such as a "support plan", "pupil passport" or "SEN support plan", is not an EHC plan.',
      'If you asked the LA for an assessment and it has not finished, there is no EHC plan yet.',
      'The school\'s special educational needs coordinator (SENCo) or the LA can tell you if there is one.',
    ],
  },
  topic: {
    said: 'What happened is not one of the choices, or you are not sure which one fits.',
    lookFor: LETTER_CLUES,
  },
  event: {
    said: 'What happened is not one of the choices, or you are not sure which one fits.',
    lookFor: LETTER_CLUES,
  },
  mediation_stage: {
    said: 'You are not sure where you are with mediation.',
    lookFor: [
      'Look for emails, letters or call notes with the mediation service. The first time you contacted them matters: the appeal deadline can depend on it.',
      'A mediation certificate is a letter from the mediation service. It says you were given information about mediation, or that mediation took place.',
      'You usually need a certificate to appeal to the SEND Tribunal. Ask the mediation service if you have not had one.',
    ],
  },
};

export function helpPage(answers: Answers, service: ServiceProfile) {
  const questionId = wayOutTaken(answers) ?? 'event';
  const help = HELP_BY_QUESTION[questionId] ?? HELP_BY_QUESTION['event']!;
  const before = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== questionId));
  const changeHref = `/next-steps/question/${questionId}?${queryString(before)}`;
  return {
    said: help.said,
    lookFor: help.lookFor,
    changeHref,
    changeText: `Change your answer to "${QUESTION_BY_ID.get(questionId)?.title ?? 'the question'}"`,
    helpline: { name: service.name, shortName: service.short_name, phone: service.helpline.phone, href: telHref(service.helpline.phone), hours: service.helpline.hours },
  };
}
