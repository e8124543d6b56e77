// The working out of a date (`rule`) in plain English (issue 10 item 7): short full sentences that
// start with a capital and end with a full stop, in words rather than signs, read aloud as they are.
// Dates stay in the rules' own form ("2026-12-02 (Wed)"); the page writes them out in full.

type Part = string | undefined | false | null;

/** Joins parts of the working out into one text; each part is one or more whole sentences. */
export function sentences(...parts: readonly Part[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map(asSentence)
    .join(' ');
}

function asSentence(text: string): string {
  const trimmed = upperFirst(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "two", "six", "twelve"; larger numbers in figures. For counts at the start of a sentence. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** "a Saturday", "in August" → "on a Saturday and in August". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
