// The personal details a letter needs, typed on the letter page and sent by POST. They are checked
// here, used once to fill the letter, and never stored, logged or put in a URL.
import { isAfter, isBefore, parseIsoDate, type PlainDate } from '../dates/index.js';
import { dateFromParts } from '../questionnaire/answers.js';

export interface PersonalDetails {
  parent_name: string;
  parent_address: string;
  child_name: string;
  /** YYYY-MM-DD */
  child_dob: string;
  la_reference: string;
  school_name: string;
  /** Only on letters that ask (an independent review panel): 'yes' or 'no'; '' elsewhere. */
  sen_expert: '' | 'yes' | 'no';
}

export interface FieldError {
  /** The id of the field the error summary links to. */
  field: string;
  message: string;
}

export interface TypedDetails {
  parent_name: string;
  parent_address: string;
  child_name: string;
  child_dob_day: string;
  child_dob_month: string;
  child_dob_year: string;
  la_reference: string;
  school_name: string;
  sen_expert: string;
}

export type DetailsCheck = { ok: true; details: PersonalDetails; typed: TypedDetails } | { ok: false; errors: FieldError[]; typed: TypedDetails };

interface TextRule {
  id: 'parent_name' | 'parent_address' | 'child_name' | 'la_reference' | 'school_name';
  label: string;
  max: number;
  required?: string;
  multiline?: boolean;
}

const TEXT_RULES: TextRule[] = [
  { id: 'parent_name', label: 'Your name', max: 70, required: 'Enter your name' },
  { id: 'parent_address', label: 'Your address', max: 300, required: 'Enter your address', multiline: true },
  { id: 'child_name', label: "Your child's name", max: 70, required: "Enter your child's name" },
  { id: 'la_reference', label: "The LA's reference", max: 40 },
  { id: 'school_name', label: "The school's name", max: 120 },
];

const field = (body: Record<string, unknown>, name: string): string => {
  const value = body[name];
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
};

function checkText(rule: TextRule, raw: string): string | FieldError {
  const value = rule.multiline
    ? raw.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')
    : raw.trim().replace(/\s+/g, ' ');
  if (value === '') return rule.required ? { field: rule.id, message: rule.required } : '';
  if (value.length > rule.max) return { field: rule.id, message: `${rule.label} must be ${rule.max} characters or fewer` };
  if (/[<>]/.test(value)) return { field: rule.id, message: `${rule.label} must not contain the signs < or >` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(value)) return { field: rule.id, message: `${rule.label} must only use letters, numbers and punctuation` };
  if (rule.multiline && value.split('\n').length > 7) return { field: rule.id, message: `${rule.label} must be 7 lines or fewer` };
  return value;
}

function checkBirthDate(typed: TypedDetails, today: PlainDate): string | FieldError {
  const joined = dateFromParts(typed.child_dob_day, typed.child_dob_month, typed.child_dob_year, 'the date of birth');
  if (joined === 'empty') return { field: 'child_dob-day', message: "Enter your child's date of birth" };
  if (typeof joined !== 'string') return { field: 'child_dob-day', message: joined.message };
  const date = parseIsoDate(joined);
  if (!date) return { field: 'child_dob-day', message: 'The date of birth must be a real date, for example 27 3 2015' };
  if (isAfter(date, today)) return { field: 'child_dob-day', message: 'The date of birth must be today or in the past' };
  if (isBefore(date, today.subtract({ years: 26 }))) return { field: 'child_dob-day', message: 'The date of birth must be within the last 26 years: these letters are for children and young people up to 25' };
  return joined;
}

export function checkPersonalDetails(body: Record<string, unknown>, today: PlainDate, options: { asksSenExpert?: boolean } = {}): DetailsCheck {
  const typed: TypedDetails = {
    parent_name: field(body, 'parent_name'),
    parent_address: field(body, 'parent_address'),
    child_name: field(body, 'child_name'),
    child_dob_day: field(body, 'child_dob-day'),
    child_dob_month: field(body, 'child_dob-month'),
    child_dob_year: field(body, 'child_dob-year'),
    la_reference: field(body, 'la_reference'),
    school_name: field(body, 'school_name'),
    sen_expert: field(body, 'sen_expert'),
  };
  const errors: FieldError[] = [];
  const clean: Partial<PersonalDetails> = {};
  for (const rule of TEXT_RULES) {
    const checked = checkText(rule, typed[rule.id]);
    if (typeof checked === 'string') clean[rule.id] = checked;
    else errors.push(checked);
    // The birth date comes after the child's name, in the order of the form.
    if (rule.id === 'child_name') {
      const dob = checkBirthDate(typed, today);
      if (typeof dob === 'string') clean.child_dob = dob;
      else errors.push(dob);
    }
  }
  if (options.asksSenExpert) {
    if (typed.sen_expert === 'yes' || typed.sen_expert === 'no') clean.sen_expert = typed.sen_expert;
    else errors.push({ field: 'sen_expert', message: 'Select yes if you want a SEN expert at the review, or no if you do not' });
  } else clean.sen_expert = '';
  if (errors.length > 0) return { ok: false, errors, typed };
  return { ok: true, details: clean as PersonalDetails, typed };
}
