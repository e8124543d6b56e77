// Abbreviations spelled out once per page (issue 10 item 7): the first time the next-steps page
// uses "LA", "EHC" or "SENDIAS", it says "local authority (LA)" and so on; after that the short form
// is enough. Done on the rendered page because which text comes first depends on the plan.
import type { ServiceProfile } from '../services/service-profile.js';

export interface Abbreviation {
  short: string;
  long: string;
}

/** Terms the rules, the wording and the templates use. Compound names come before their parts. */
const TERMS: readonly Abbreviation[] = [
  { short: 'SENDIAS', long: 'Special Educational Needs and Disability Information, Advice and Support' },
  { short: 'SENCo', long: 'special educational needs coordinator' },
  { short: 'SEND', long: 'Special Educational Needs and Disability' },
  { short: 'SEN', long: 'special educational needs' },
  { short: 'EHC', long: 'education, health and care' },
  { short: 'LA', long: 'local authority' },
  { short: 'ICB', long: 'Integrated Care Board' },
  { short: 'HESC', long: 'Health, Education and Social Care' },
  { short: 'IRP', long: 'independent review panel' },
  { short: 'PRU', long: 'pupil referral unit' },
  { short: 'PHSO', long: 'Parliamentary and Health Service Ombudsman' },
  { short: 'LGSCO', long: 'Local Government and Social Care Ombudsman' },
  { short: 'DfE', long: 'Department for Education' },
  { short: 'IPSEA', long: 'Independent Provider of Special Education Advice' },
];

/** The page's terms: the local service's own short name first ("MK SENDIAS" is its full name's short form). */
export function abbreviationsFor(profile: Pick<ServiceProfile, 'name' | 'short_name'>): Abbreviation[] {
  const own = profile.short_name !== profile.name && /[A-Z]{2}/.test(profile.short_name) ? [{ short: profile.short_name, long: profile.name }] : [];
  return [...own, ...TERMS];
}

const decode = (text: string): string => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const APOSTROPHE_S = /^(?:'|&#39;|’)s\b/;

/**
 * Whether the use of `term` that starts at `at` in `text` is already spelled out: it sits in
 * brackets just after its long form, as in "local authority (LA)" or "… Advice and Support Service (MK SENDIAS)".
 */
export function isSpelledOut(text: string, at: number, term: Abbreviation): boolean {
  const before = decode(text.slice(Math.max(0, at - term.long.length - 60), at));
  const open = before.lastIndexOf('(');
  if (open === -1 || before.slice(open).includes(')')) return false;
  // A few words may come between: "Advice and Support Service (MK SENDIAS)", "authority's (LA's)".
  return before.slice(0, open).toLowerCase().includes(term.long.toLowerCase());
}

/** The first use of each term in a page's main content, written as "long form (SHORT)" if it is not already. */
export function spellOutFirstUses(html: string, terms: readonly Abbreviation[]): string {
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  if (start === -1 || end === -1) return html;
  // Text only: split into tags and the text between them (even places); scripts and styles are left alone.
  const parts = html.slice(start, end).split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>)/);
  for (const term of terms) spellOutFirstUse(parts, term, escapeHtml);
  return html.slice(0, start) + parts.join('') + html.slice(end);
}

/** The same for plain text that is read on its own (the summary, which is also the e-mail body). */
export function spellOutFirstUsesInText(text: string, terms: readonly Abbreviation[]): string {
  const parts = [text];
  for (const term of terms) spellOutFirstUse(parts, term, (long) => long);
  return parts[0]!;
}

/** Finds the term's first use across the text parts (even places) and spells it out there if needed. */
function spellOutFirstUse(parts: string[], term: Abbreviation, escape: (text: string) => string): void {
  const pattern = new RegExp(`(?<![A-Za-z])${escapeRegExp(term.short)}(?![A-Za-z])`);
  // One search over all the text, joined with a character that never matches a letter.
  const texts = parts.filter((_, i) => i % 2 === 0);
  const joined = texts.join(SEPARATOR);
  const match = pattern.exec(joined);
  if (!match) return;
  const before = joined.slice(0, match.index);
  const tail = before.slice(-300).replaceAll(SEPARATOR, '');
  if (isSpelledOut(tail + term.short, tail.length, term)) return;
  const part = before.split(SEPARATOR).length - 1;
  const at = match.index - (before.lastIndexOf(SEPARATOR) + 1);
  parts[part * 2] = withLongForm(texts[part]!, at, term, escape);
}

const SEPARATOR = '\u0000';

function withLongForm(text: string, at: number, term: Abbreviation, escape: (text: string) => string): string {
  let before = text.slice(0, at);
  let after = text.slice(at + term.short.length);
  let long = escape(term.long);
  let short = term.short;
  const possessive = APOSTROPHE_S.exec(after);
  if (possessive) {
    long = `${long}${possessive[0]}`;
    short = `${short}${possessive[0]}`;
    after = after.slice(possessive[0].length);
  }
  // "an LA" becomes "a local authority (LA)"; "a SEN expert" keeps its "a".
  if (/\ban\s$/.test(before) && !/^[aeiou]/i.test(long)) before = before.replace(/an(\s)$/, 'a$1');
  if (/^\s*$/.test(before) || /[.!?]\s+$/.test(before)) long = long.charAt(0).toUpperCase() + long.slice(1);
  return `${before}${long} (${short})${after}`;
}
