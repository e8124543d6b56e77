// Every question the questionnaire can ask, as data: id (= its URL parameter), kind, wording and
// options. The order of QUESTION_IDS is the order questions are asked in; flow.ts picks which apply.
import type { EventId } from '../rules/index.js';

export type QuestionKind = 'radios' | 'checkboxes' | 'date' | 'number';

/** The value of an answer that leads to the help page instead of further questions. */
const WAY_OUT = 'unsure';
export const SOMETHING_ELSE = 'something_else';
/** The value of "I am not sure" for a date or number. */
export const UNKNOWN_DATE = 'unknown';

export interface Option {
  value: string;
  text: string;
  hint?: string;
}

export interface Question {
  id: string;
  kind: QuestionKind;
  title: string;
  hint?: string;
  options?: Option[];
  /** The message when nothing (or nothing valid) is given: says what to do. */
  required: string;
  min?: number;
  max?: number;
  /** Number questions: the text of an "I am not sure" box (its value is "unknown"). */
  unsureText?: string;
  /** Date questions: what "the date" is in messages, e.g. "the date on the decision letter". */
  dateName?: string;
  /** Options that lead to the help page instead of further questions. */
  waysOut?: string[];
}

export const TOPICS: Record<string, { text: string; events: { value: EventId; text: string; hint?: string }[] }> = {
  la_decision: {
    text: 'The local authority (LA) made a decision I disagree with',
    events: [
      { value: 'la_refused_assessment', text: 'It refused to carry out an EHC needs assessment' },
      { value: 'la_refused_to_issue_plan', text: 'After assessing, it decided not to issue an EHC plan' },
      { value: 'final_plan_issued', text: 'It issued a final EHC plan I disagree with' },
      { value: 'amended_plan_issued', text: 'It issued an amended EHC plan I disagree with' },
      { value: 'la_refused_reassessment', text: 'It refused to carry out a re-assessment' },
      { value: 'la_refused_to_amend', text: 'It decided not to change the plan after a review' },
      { value: 'la_ceased_plan', text: 'It decided to stop (cease) the EHC plan' },
    ],
  },
  la_waiting: {
    text: 'I am waiting for the LA, or it is late',
    events: [
      { value: 'assessment_requested', text: 'I asked for an EHC needs assessment and I am waiting' },
      { value: 'la_delay', text: 'The LA has missed a time limit for the assessment or plan' },
      { value: 'draft_plan_issued', text: 'I have received a draft EHC plan' },
      { value: 'provision_not_delivered', text: 'Help in the EHC plan is not being given' },
    ],
  },
  plan_changes: {
    text: 'Reviews of the EHC plan and moving school',
    events: [
      { value: 'annual_review', text: 'There has been an annual review meeting' },
      { value: 'phase_transfer_pending', text: 'My child is moving school or college and the plan has not been updated yet' },
      { value: 'phase_transfer_delay', text: 'My child is moving school or college and the LA is late updating the plan' },
    ],
  },
  setting: {
    text: 'The school, college or nursery',
    events: [
      { value: 'sen_support_concerns', text: 'I am unhappy with the support my child gets' },
      { value: 'suspension', text: 'My child has been suspended' },
      { value: 'permanent_exclusion', text: 'My child has been permanently excluded' },
      { value: 'permanent_exclusion_upheld', text: 'The governing board decided not to take my child back after a permanent exclusion' },
      { value: 'disability_discrimination', text: 'I think my child has been treated unfairly because of their disability' },
    ],
  },
  after: {
    text: 'After mediation or the SEND Tribunal',
    events: [
      { value: 'mediation_agreement', text: 'Mediation ended in an agreement the LA must carry out' },
      { value: 'tribunal_order', text: 'The Tribunal ordered the LA to do something' },
      { value: 'la_conceded_appeal', text: 'The LA said it will not oppose my appeal', hint: 'The LA told the Tribunal it will not oppose (contest) the appeal' },
      { value: 'tribunal_decision', text: 'The Tribunal decided and I think it got the law wrong' },
    ],
  },
};

const yesNo = (yes: string, no: string, unsure?: string): Option[] => [
  { value: 'yes', text: yes },
  { value: 'no', text: no },
  ...(unsure ? [{ value: 'unsure', text: unsure }] : []),
];

const dateQuestion = (id: string, title: string, hint: string, required: string, dateName?: string): Question => ({
  id, kind: 'date', title, hint, required, ...(dateName ? { dateName } : {}),
});
const holidayQuestions = (n: '' | '_2' | '_3', first: boolean): Question[] => [
  dateQuestion(`holiday${n}_start`, first ? 'When does the first holiday or closure start?' : 'When does the next holiday or closure start?', 'The first day the school is closed. For example, 21 12 2026.', 'Enter the first day of the holiday', 'the first day of the holiday'),
  dateQuestion(`holiday${n}_end`, 'When does that holiday or closure end?', 'The last day the school is closed, not the day it opens again.', 'Enter the last day of the holiday', 'the last day of the holiday'),
];
const anotherHoliday = (id: string): Question => ({
  id, kind: 'radios', title: 'Do you want to add another holiday or closure?', required: 'Select yes if you want to add another holiday',
  options: [{ value: 'yes', text: 'Yes, add another holiday' }, { value: 'no', text: 'No' }],
});

export const QUESTIONS: Question[] = [
  {
    id: 'who', kind: 'radios', title: 'Who is asking?', required: 'Select who is asking',
    options: [
      { value: 'parent', text: 'A parent or carer' },
      { value: 'young_person', text: 'A young person over compulsory school age and under 25', hint: 'From the day after the last Friday in June of the school year in which they turn 16, until they turn 25' },
      { value: 'helper', text: 'Someone helping a parent or young person', hint: 'For example a SENDIAS officer, relative or friend' },
    ],
  },
  {
    id: 'setting', kind: 'radios', title: 'Where does the child or young person learn?', required: 'Select where the child or young person learns',
    options: [
      { value: 'early_years', text: 'Nursery or other early years setting' },
      { value: 'school', text: 'School', hint: 'Including academies, special schools, pupil referral units and school sixth forms' },
      { value: 'college', text: 'College', hint: 'A further education or sixth-form college' },
    ],
  },
  {
    id: 'has_ehc_plan', kind: 'radios', title: 'Do they have an education, health and care (EHC) plan?', required: 'Select yes if they have an EHC plan',
    options: yesNo('Yes', 'No', 'I am not sure'), waysOut: [WAY_OUT],
  },
  {
    id: 'topic', kind: 'radios', title: 'What is it about?', required: 'Select what it is about',
    options: [
      ...Object.entries(TOPICS).map(([value, t]) => ({ value, text: t.text })),
      { value: SOMETHING_ELSE, text: 'Something else, or I am not sure' },
    ],
    waysOut: [SOMETHING_ELSE],
  },
  { id: 'event', kind: 'radios', title: 'What happened?', required: 'Select what happened', waysOut: [SOMETHING_ELSE] },
  {
    id: 'provider_type', kind: 'radios', title: 'Who runs the setting?', required: 'Select who runs the setting',
    options: [
      { value: 'school', text: 'A school', hint: 'A maintained school, academy, free school, independent school, pupil referral unit, or a school nursery class' },
      { value: 'private_nursery', text: 'A private, voluntary or independent nursery, or a childminder' },
      { value: 'fe_college', text: 'A further education or sixth-form college' },
      { value: 'other_provider', text: 'Another organisation' },
      { value: 'unsure', text: 'I am not sure' },
    ],
  },
  {
    // Asked only where the rules use it: the exclusion procedure and where a discrimination claim goes (rules-table §4.6, §5.11).
    id: 'school_run_by', kind: 'radios', title: 'Who runs the school?', hint: 'This decides which exclusion rules apply and where a discrimination claim goes. The school\'s website or the letter usually says.',
    required: 'Select who runs the school',
    options: [
      { value: 'school', text: 'The local authority or an academy trust', hint: 'Most schools, including academies, free schools, special schools and pupil referral units' },
      { value: 'independent_school', text: 'An independent (private) school that is not an academy', hint: 'For example a school that charges fees' },
      { value: 'other_provider', text: 'Another organisation that is not a school', hint: 'For example a tuition centre or alternative provision that is not a pupil referral unit' },
      { value: 'fe_college', text: 'A further education college', hint: 'For example a college place for pupils aged 14 to 16' },
      { value: 'private_nursery', text: 'A private, voluntary or independent nursery, or a childminder', hint: 'Not a nursery class run by the school' },
      { value: 'unsure', text: 'I am not sure' },
    ],
  },
  {
    id: 'disagree_with', kind: 'checkboxes', title: 'Which parts of the plan do you disagree with?', hint: 'Select all that apply. The sections are lettered in the plan.', required: 'Select the parts you disagree with, or "I am not sure"',
    options: [
      { value: 'B', text: 'Section B: the description of the special educational needs' },
      { value: 'F', text: 'Section F: the special educational help to be given' },
      { value: 'I', text: 'Section I: the school or college named, or that none is named' },
      { value: 'C', text: 'Section C or G: health needs or health help' },
      { value: 'D', text: 'Section D, H1 or H2: social care needs or help' },
      { value: 'E', text: 'Section E: the outcomes' },
      { value: 'J', text: 'Section J: the personal budget' },
      { value: 'unsure', text: 'I am not sure, or all of it', hint: 'Choose this on its own' },
    ],
  },
  dateQuestion('decision_letter', 'What date is on the decision letter?', 'Look at the top of the letter from the LA. Use the date it was sent, not the date it arrived. For example, 12 3 2026.', 'Enter the date on the decision letter', 'the date on the decision letter'),
  {
    id: 'decision_email_sent', kind: 'radios', title: 'Did the LA also email you the decision?', hint: 'If it did, the earlier of the letter and email dates starts the clock.',
    required: 'Select yes if the LA also emailed you the decision',
    options: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }, { value: 'unsure', text: 'I do not know' }],
  },
  dateQuestion('decision_emailed', 'What date was the email sent?', 'The date the email was sent, shown in your inbox. For example, 12 3 2026.', 'Enter the date of the email', 'the date of the email'),
  dateQuestion('decision_received', 'When did the letter reach you?', 'The day the LA\'s decision arrived by post or by hand. Your deadlines really count from the day it was sent, which is earlier, so we will show them as uncertain.', 'Enter the day the letter reached you', 'the day the letter reached you'),
  {
    id: 'mediation_stage', kind: 'radios', title: 'Where are you with mediation?', hint: 'Choose how far you have got. We will ask the date of each step.', required: 'Select where you are with mediation',
    options: [
      { value: 'none', text: 'I have not contacted the mediation adviser yet' },
      { value: 'deciding', text: 'I have contacted the adviser', hint: 'And I have not told the LA I want mediation, or said I do not want it' },
      { value: 'declined', text: 'I told the adviser I do not want mediation' },
      { value: 'asked', text: 'I told the LA I want mediation', hint: 'Choose this too if mediation has taken place, the LA said it could not arrange it, or you then decided not to go ahead' },
      { value: 'unsure', text: 'I am not sure' },
    ],
    waysOut: [WAY_OUT],
  },
  dateQuestion('contacted_mediation_adviser', 'When did you first contact the mediation adviser?', 'The first time you phoned, emailed or wrote to them. Check your emails or call log.', 'Enter the date you first contacted the mediation adviser', 'the date you first contacted the adviser'),
  dateQuestion('told_la_wants_mediation', 'When did you tell the LA you want mediation?', 'The date of your email or letter.', 'Enter the date you told the LA', 'the date you told the LA'),
  {
    id: 'mediation_progress', kind: 'radios', title: 'What has happened since you told the LA?', required: 'Select what has happened since you told the LA',
    options: [
      { value: 'waiting', text: 'Mediation has not taken place yet' },
      { value: 'held', text: 'Mediation has taken place' },
      { value: 'not_arranged', text: 'The LA said it could not arrange mediation in time' },
      { value: 'declined', text: 'I decided not to go ahead, and told the mediation adviser', hint: 'The adviser must then send you a certificate so you can appeal' },
    ],
  },
  dateQuestion('mediation_held', 'When did mediation take place?', 'The date of the mediation meeting.', 'Enter the date of the mediation', 'the date of the mediation'),
  dateQuestion('la_told_adviser_mediation_not_arranged', 'When did the LA say it could not arrange mediation?', 'The adviser or the LA will have told you.', 'Enter the date the LA said this', 'the date the LA said this'),
  {
    id: 'has_certificate', kind: 'radios', title: 'Have you got a mediation certificate?', hint: 'The mediation adviser or mediator sends it. You need it to appeal.', required: 'Select yes if you have a mediation certificate',
    options: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No, not yet' }],
  },
  dateQuestion('mediation_certificate_issued', 'What date is on the mediation certificate?', 'The date of issue printed on the certificate.', 'Enter the date on the certificate', 'the date on the certificate'),
  dateQuestion('request_received_by_la', 'When did the LA receive the request for an assessment?', 'The date on the LA\'s acknowledgement, or the date you sent an email.', 'Enter the date the LA received the request'),
  dateQuestion('la_agreed_to_assess', 'When did the LA tell you it will carry out the assessment?', 'Choose "I am not sure" if it has not told you yet.', 'Enter the date the LA said it will assess'),
  dateQuestion('draft_plan_sent', 'What date was the draft plan sent?', 'The date on the covering letter or email.', 'Enter the date the draft plan was sent'),
  dateQuestion('review_meeting', 'When was the annual review meeting?', 'The date of the meeting.', 'Enter the date of the review meeting'),
  dateQuestion('proposed_amendments_sent', 'When did the LA send its proposed changes to the plan?', 'Choose "I am not sure" if you have not had them yet.', 'Enter the date the proposed changes were sent'),
  {
    id: 'transfer_kind', kind: 'radios', title: 'What kind of move is it?', required: 'Select the kind of move',
    options: [
      { value: 'early_years_to_school', text: 'Nursery to school' },
      { value: 'infant_to_junior', text: 'Infant to junior school' },
      { value: 'primary_to_middle', text: 'Primary to middle school' },
      { value: 'primary_to_secondary', text: 'Primary to secondary school' },
      { value: 'middle_to_secondary', text: 'Middle to secondary school' },
      { value: 'secondary_to_post16', text: 'School to a college or post-16 place' },
      { value: 'post16_to_post16', text: 'One college or post-16 place to another' },
      { value: 'same_phase', text: 'To another school or college at the same stage', hint: 'For example from one primary school to another' },
      { value: 'unsure', text: 'I am not sure' },
    ],
  },
  dateQuestion('transfer', 'When will the move happen?', 'Usually the start of the new school year, for example 1 9 2027.', 'Enter the date of the move'),
  dateQuestion('first_noticed', 'When did you first notice the help was not being given?', 'Your best estimate is fine.', 'Enter the date you first noticed', 'the date you first noticed'),
  {
    id: 'la_complaint', kind: 'radios', title: 'Has the LA given its final response to a complaint about this?', hint: 'The last letter from the LA\'s complaints procedure, often called "stage 2".',
    required: 'Select yes if the LA has given its final response',
    options: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No, or I have not complained' }],
  },
  dateQuestion('la_complaint_final_response', 'What date is on the LA\'s final response?', 'The date at the top of the letter or email.', 'Enter the date on the final response', 'the date on the final response'),
  dateQuestion('suspension_notice', 'When were you first told about the suspension?', 'The day you were first told, by phone, in person or in writing. This may be before the date on the letter.', 'Enter the day you were first told about the suspension', 'the day you were first told'),
  dateQuestion('suspension_starts', 'What is the first day of the suspension?', 'The letter says when it starts.', 'Enter the first day of the suspension'),
  { id: 'suspension_days_this_term', kind: 'number', title: 'How many school days has your child been suspended this term, including this time?', required: 'Enter the number of school days, for example 3', min: 0, max: 100 },
  {
    id: 'suspension_length_days', kind: 'number', title: 'How many school days is this suspension?',
    hint: 'If it follows straight on from another suspension, with no school day in between, count them together.',
    required: 'Enter the number of school days, for example 3, or select "I am not sure"', min: 1, max: 45, unsureText: 'I am not sure',
  },
  { id: 'misses_public_exam', kind: 'radios', title: 'Will your child miss a public exam or national test?', required: 'Select yes, no or I am not sure', options: yesNo('Yes', 'No', 'I am not sure') },
  { id: 'representations_made', kind: 'radios', title: 'Have you written to the governing board with your views?', required: 'Select yes, no or I am not sure', options: yesNo('Yes', 'No', 'I am not sure') },
  dateQuestion('exclusion_notice', 'When were you first told about the exclusion?', 'The day you were first told, by phone, in person or in writing. This may be before the date on the letter.', 'Enter the day you were first told about the exclusion', 'the day you were first told'),
  dateQuestion('exclusion_starts', 'From what date is your child excluded?', 'The letter says when the exclusion starts.', 'Enter the date the exclusion starts'),
  dateQuestion('board_notified', 'When was the governing board told?', 'Often the same day as the letter to you. Choose "I am not sure" if you do not know.', 'Enter the date the board was told'),
  dateQuestion('board_decision_letter', 'What date is on the governing board\'s letter?', 'The letter saying the board will not reinstate your child.', 'Enter the date on the board\'s letter'),
  {
    id: 'board_decision_sent_by', kind: 'radios', title: 'How did you get the board\'s letter?', required: 'Select how you got the letter',
    options: [
      { value: 'first_class_post', text: 'By post' },
      { value: 'email', text: 'By email' },
      { value: 'hand', text: 'By hand' },
      { value: 'unsure', text: 'I am not sure' },
    ],
  },
  dateQuestion('board_decision_received', 'When did the letter or email reach you?', 'The day you got the board\'s decision. Choose "I am not sure" if you do not know.', 'Enter the day the letter or email reached you', 'the day it reached you'),
  {
    id: 'has_holidays', kind: 'radios', title: 'Does the school have a holiday or closure day in the next 2 months?', hint: 'Some deadlines count school days only. The school\'s website lists its term dates.',
    required: 'Select yes, no or I do not know',
    options: [{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }, { value: 'unsure', text: 'I do not know' }],
  },
  ...holidayQuestions('', true),
  anotherHoliday('holiday_more'),
  ...holidayQuestions('_2', false),
  anotherHoliday('holiday_2_more'),
  ...holidayQuestions('_3', false),
  { id: 'disability_related', kind: 'radios', title: 'Do you think this is linked to your child\'s disability?', required: 'Select yes, no or not sure', options: yesNo('Yes', 'No', 'I am not sure') },
  {
    id: 'conduct_kind', kind: 'radios', title: 'Was it one event, or has it gone on over time?', required: 'Select one event or over time',
    options: [
      { value: 'one', text: 'One event' },
      { value: 'ended', text: 'It went on over a period and has stopped' },
      { value: 'ongoing', text: 'It is still going on' },
    ],
  },
  dateQuestion('conduct', 'When did it happen?', 'The date of the event.', 'Enter the date it happened'),
  dateQuestion('conduct_started', 'When did it start?', 'Your best estimate is fine.', 'Enter the date it started'),
  dateQuestion('conduct_ended', 'When did it stop?', 'The last time it happened.', 'Enter the date it stopped'),
  {
    id: 'order_type', kind: 'radios', title: 'What did the Tribunal order the LA to do?', required: 'Select what the Tribunal ordered',
    options: [
      { value: 'assess', text: 'Carry out an assessment or re-assessment' },
      { value: 'make_and_maintain_plan', text: 'Make an EHC plan' },
      { value: 'amend_plan', text: 'Change the needs or help in the plan (sections B or F)' },
      { value: 'amend_section_I_only', text: 'Change only the school or college named (section I)' },
      { value: 'continue_to_maintain', text: 'Keep the plan' },
      { value: 'unsure', text: 'I am not sure' },
    ],
  },
  dateQuestion('order_made', 'What date is on the Tribunal\'s order?', 'The date the decision was made, printed on it.', 'Enter the date on the order'),
  dateQuestion('order_sent', 'When was the order sent to you?', 'The date on the Tribunal\'s email or letter. Choose "I am not sure" if it is the same day or you do not know.', 'Enter the date the order was sent'),
  {
    id: 'mediation_agreement_terms', kind: 'checkboxes', title: 'What did the LA agree to do?', hint: 'Select all that apply.', required: 'Select what the LA agreed, or "Something else"',
    options: [
      { value: 'assess', text: 'Carry out an assessment' },
      { value: 'make_and_maintain_plan', text: 'Make an EHC plan' },
      { value: 'amend_plan', text: 'Change the needs or help in the plan' },
      { value: 'amend_section_I_only', text: 'Change the school or college named' },
      { value: 'continue_to_maintain', text: 'Keep the plan' },
      { value: 'other', text: 'Something else, for example pay for a report' },
    ],
  },
  dateQuestion('mediation_agreement', 'What date was the mediation agreement made?', 'The date on the written agreement.', 'Enter the date of the agreement'),
  {
    id: 'tribunal_case_type', kind: 'radios', title: 'What was the Tribunal case about?', required: 'Select what the case was about',
    options: [
      { value: 'sen_appeal', text: 'An appeal about an EHC assessment or plan' },
      { value: 'disability_discrimination_claim', text: 'A disability discrimination claim' },
      { value: 'unsure', text: 'I am not sure' },
    ],
  },
  {
    id: 'appeal_about', kind: 'radios', title: 'What was your appeal about?', required: 'Select what your appeal was about',
    options: [
      { value: 'assess', text: 'An assessment or re-assessment the LA refused' },
      { value: 'make_and_maintain_plan', text: 'The LA refusing to make an EHC plan' },
      { value: 'amend_plan', text: 'The needs or help in the plan (sections B or F)', hint: 'With or without the school or college named' },
      { value: 'amend_section_I_only', text: 'Only the school or college named (section I)' },
      { value: 'continue_to_maintain', text: 'The LA stopping (ceasing) the plan' },
      { value: 'unsure', text: 'I am not sure' },
    ],
  },
  dateQuestion('la_notified_tribunal', 'When did the LA tell the Tribunal it will not oppose the appeal?', 'The date on the Tribunal\'s letter or email telling you. Choose "I am not sure" if you do not know.', 'Enter the date the LA told the Tribunal', 'the date the LA told the Tribunal'),
  dateQuestion('written_reasons_sent', 'When were the Tribunal\'s written reasons sent?', 'The date on the decision with reasons (or the latest corrected version).', 'Enter the date the reasons were sent'),
];

export const QUESTION_BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));
export const QUESTION_IDS = QUESTIONS.map((q) => q.id);
