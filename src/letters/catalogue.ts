// Which letters the site can fill, and the placeholders each may use. The wording lives in
// content/letters/<id>.md; this list is the contract between that wording and the code that works
// out the values (src/view-models/letters.ts). A placeholder not listed here stops start-up.

/** Typed by the parent on the letter page (sent by POST, never stored or logged). */
export const PERSONAL_PLACEHOLDERS = ['parent_name', 'parent_address', 'child_name', 'child_dob', 'la_reference', 'school_name'] as const;

/** Known for every letter: today's date and the local service profile. */
export const COMMON_PLACEHOLDERS = ['today', 'la_name', 'la_team', 'service_name', 'service_phone'] as const;

/** Per letter: dates in words from the outcome (or a what-if run of the rules), and their sources. */
export const LETTER_PLACEHOLDERS = {
  'request-assessment': ['decision_due'],
  'chase-la': ['missed_duty', 'due_date', 'days_late', 'duty_source', 'ombudsman_by'],
  'mediation-no-thanks': ['contact_by', 'certificate_due', 'appeal_by', 'mediation_provider'],
  'mediation-yes-please': ['contact_by', 'mediation_by', 'mediation_provider'],
  'complaint-school': ['reply_by', 'claim_by'],
  'complaint-la': ['reply_by', 'ombudsman_by'],
  'governing-board': ['board_by', 'claim_by', 'exclusion_kind'],
  'review-panel': ['irp_by', 'board_letter_date', 'if_sen_expert', 'if_no_sen_expert'],
  'plan-comments': ['comments_by', 'final_plan_by'],
  'records-request': ['needed_by'],
} as const satisfies Record<string, readonly string[]>;

export type LetterId = keyof typeof LETTER_PLACEHOLDERS;

/** Letters whose form also asks whether to request a SEN expert (School Discipline Regs 2012 Sch 1). */
export const ASKS_SEN_EXPERT: ReadonlySet<string> = new Set<LetterId>(['review-panel']);
export const LETTER_IDS = Object.keys(LETTER_PLACEHOLDERS) as LetterId[];

/** Values that may be missing for a situation; a paragraph that uses a missing one is left out. */
export type LetterValues = Partial<Record<string, string>>;

export function allowedPlaceholders(id: LetterId): Set<string> {
  return new Set<string>([...PERSONAL_PLACEHOLDERS, ...COMMON_PLACEHOLDERS, ...LETTER_PLACEHOLDERS[id]]);
}

/** Placeholders every situation has a value for: the only ones a subject line may use. */
export const ALWAYS_KNOWN = new Set<string>(['parent_name', 'child_name', 'child_dob', 'school_name', ...COMMON_PLACEHOLDERS]);

/** Who a letter goes to: the names come from the service profile where it has them. */
export const RECIPIENTS = ['la_sen_team', 'la_complaints', 'school', 'governing_board', 'mediation_adviser', 'review_panel', 'records_holder'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

export const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;
