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

const termsByProfile = new WeakMap<object, readonly Abbreviation[]>();

/**
 * The page's terms: the local service's own short name first ("MK SENDIAS" is its full name's short
 * form). The same list comes back for the same profile, so its search is worked out once.
 */
export function abbreviationsFor(profile: Pick<ServiceProfile, 'name' | 'short_name'>): readonly Abbreviation[] {
  let terms = termsByProfile.get(profile);
  if (!terms) {
    const own = profile.short_name !== profile.name && /[A-Z]{2}/.test(profile.short_name) ? [{ short: profile.short_name, long: profile.name }] : [];
    terms = [...own, ...TERMS];
    termsByProfile.set(profile, terms);
  }
  return terms;
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
  const firstUses = new FirstUses(terms, escapeHtml);
  const skipped = scriptsAndStyles(html, start, end);
  // One search over the page's HTML finds every use of every term; only uses in text count (not
  // in a tag, a script or a style), and each text node they are in is then looked at closely.
  const search = firstUses.search();
  search.lastIndex = start;
  // The page's main part so far, with changes, as pieces (joining it for every context would copy it each time).
  const done: string[] = [];
  let copied = start;
  for (let match = search.exec(html); match && match.index < end && firstUses.left(); match = search.exec(html)) {
    if (match.index < copied || !firstUses.unseenIn(match[0])) continue;
    const nodeStart = html.lastIndexOf('>', match.index) + 1;
    if (html.lastIndexOf('<', match.index) >= nodeStart || skipped.some(([from, to]) => match.index > from && match.index < to)) continue;
    const found = html.indexOf('<', match.index);
    const nodeEnd = found === -1 || found > end ? end : found;
    done.push(html.slice(copied, nodeStart));
    done.push(firstUses.inText(html.slice(nodeStart, nodeEnd), () => textOfHtmlEnd(done, skipped.length > 0 ? TAG_OR_SCRIPT : TAG)));
    copied = nodeEnd;
    search.lastIndex = nodeEnd;
  }
  return html.slice(0, start) + done.join('') + html.slice(copied);
}

/** The same for plain text that is read on its own (the summary, which is also the e-mail body). */
export function spellOutFirstUsesInText(text: string, terms: readonly Abbreviation[]): string {
  return new FirstUses(terms, (long) => long).inText(text, () => '');
}

/** How far back a use looks for its long form and an open bracket (see isSpelledOut). */
const CONTEXT_CHARACTERS = 300;
/** Stands for a tag between two texts in the context, so words either side of a tag never join. */
const SEPARATOR = '\u0000';
const TAG_OR_SCRIPT = /<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]*>/g;
const TAG = /<[^>]*>/g;

/** [start, end] of each script and style element between `from` and `to` (usually none). */
function scriptsAndStyles(html: string, from: number, to: number): [number, number][] {
  return [...html.slice(from, to).matchAll(/<(script|style)\b[\s\S]*?(?:<\/\1>|$)/g)].map((m) => [from + m.index, from + m.index + m[0].length]);
}

/** The text (tags as separators) at the end of some HTML pieces, at least CONTEXT_CHARACTERS of it where there is that much. */
function textOfHtmlEnd(pieces: readonly string[], tags: RegExp): string {
  let html = '';
  for (let window = 4 * CONTEXT_CHARACTERS, used = pieces.length; ; window *= 2) {
    while (used > 0 && html.length < window) html = pieces[--used] + html;
    // Cut at a tag's start, so no half tag is read as text.
    const cut = used === 0 && html.length <= window ? 0 : html.indexOf('<', html.length - window);
    const text = html.slice(Math.max(cut, 0)).replace(tags, SEPARATOR);
    if (text.length >= CONTEXT_CHARACTERS || (used === 0 && cut <= 0)) return text;
  }
}

interface TermSearch {
  pattern: string;
  inside: Map<string, string[]>;
}
const searches = new WeakMap<readonly Abbreviation[], TermSearch>();

/** One pattern for all the terms, worked out once per list of terms (a site's list lasts as long as the site). */
function searchFor(terms: readonly Abbreviation[]): TermSearch {
  let search = searches.get(terms);
  if (!search) {
    // Longest first, so "MK SENDIAS" is found as itself before "SENDIAS" inside it.
    const shorts = terms.map((term) => term.short).sort((a, b) => b.length - a.length);
    const asWordIn = (short: string, outer: string) => new RegExp(`(?<![A-Za-z])${escapeRegExp(short)}(?![A-Za-z])`).test(outer);
    search = {
      pattern: `(?<![A-Za-z])(?:${shorts.map(escapeRegExp).join('|')})(?![A-Za-z])`,
      inside: new Map(shorts.map((outer) => [outer, shorts.filter((short) => short !== outer && asWordIn(short, outer))])),
    };
    searches.set(terms, search);
  }
  return search;
}

/** The terms not seen yet on a page, found with one pattern (a search per term took longer than rendering the page). */
class FirstUses {
  private readonly unseen: Map<string, Abbreviation>;
  private readonly pattern: RegExp;
  /** For each term, the other terms that are words inside it ("SENDIAS" inside "MK SENDIAS"). */
  private readonly inside: Map<string, string[]>;

  constructor(
    terms: readonly Abbreviation[],
    private readonly escape: (text: string) => string,
  ) {
    this.unseen = new Map(terms.map((term) => [term.short, term]));
    const { pattern, inside } = searchFor(terms);
    this.pattern = new RegExp(pattern, 'g');
    this.inside = inside;
  }

  left(): boolean {
    return this.unseen.size > 0;
  }

  /** Whether a term found, or a term inside it ("SENDIAS" in "MK SENDIAS"), is still to be seen. */
  unseenIn(found: string): boolean {
    return this.unseen.has(found) || (this.inside.get(found) ?? []).some((short) => this.unseen.has(short));
  }

  /** A new search for any term, with its own position. */
  search(): RegExp {
    return new RegExp(this.pattern.source, 'g');
  }

  /** One text node, with the first use of each term not seen before spelled out; `before` gives the text before the node. */
  inText(node: string, before: () => string): string {
    let text = node;
    let textBeforeNode: string | undefined;
    for (let from = 0; this.unseen.size > 0; ) {
      this.pattern.lastIndex = from;
      const match = this.pattern.exec(text);
      if (!match) break;
      // Searching on from the next character finds a term inside another ("SENDIAS" in "MK SENDIAS"),
      // and terms inside a long form just put in.
      from = match.index + 1;
      const term = this.unseen.get(match[0]);
      if (!term) continue;
      this.unseen.delete(term.short);
      textBeforeNode ??= before();
      const tail = `${textBeforeNode}${text.slice(0, match.index)}`.slice(-CONTEXT_CHARACTERS).replaceAll(SEPARATOR, '');
      if (!isSpelledOut(tail + term.short, tail.length, term)) text = withLongForm(text, match.index, term, this.escape);
    }
    return text;
  }
}

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
