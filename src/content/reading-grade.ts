// The site's own measure of plain English: the Flesch-Kincaid grade of a page's prose. Grade 8 is
// about a reading age of 13; ux.md aims at 11, so factsheets must score 8 or lower. The content
// tests apply it; nothing here runs when the site is served.
import { decodeEntities } from './markdown.js';

export interface ReadingMeasure {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
  grade: number;
}

/** Syllables in one word, by vowel groups (good enough to compare pages, not to teach phonics). */
export function syllablesIn(word: string): number {
  // An abbreviation such as "LA" or "EHC" is read letter by letter.
  if (/^[A-Z]{2,5}s?$/.test(word)) return word.replace(/s$/, '').length;
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]e|[^td]ed)$/, (end) => end[0]!).replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** The prose of rendered factsheet HTML: paragraphs, list items and table cells, one sentence each at least. */
function proseOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>/g, ' ')
      .replace(/<\/(p|li|td|th)>/g, '. ')
      .replace(/<[^>]+>/g, ' '),
  );
}

export function measureReading(text: string): ReadingMeasure {
  const sentences = text
    .split(/[.!?]+(?=\s|$)/)
    .map((s) => s.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const syllables = words.reduce((sum, word) => sum + (/^\d/.test(word) ? 1 : syllablesIn(word)), 0);
  const count = Math.max(1, words.length);
  const grade = 0.39 * (count / Math.max(1, sentences.length)) + 11.8 * (syllables / count) - 15.59;
  return { sentences: sentences.length, words: words.length, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The grade of a rendered page, leaving out its "Where this comes from" list of sources. */
export function readingGradeOfPage(html: string): ReadingMeasure {
  const withoutSources = html.replace(/<h2[^>]*id="where-this-comes-from"[\s\S]*$/, '');
  return measureReading(proseOf(withoutSources));
}
