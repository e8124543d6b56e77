// Small formatting helpers the layout and templates use (registered as Nunjucks filters).
import { dayMonthYear, parseIsoDate } from '../dates/index.js';

/** "01908 254518" → "tel:01908254518". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s+/g, '')}`;
}

/** "https://www.iask.org.uk/" → "www.iask.org.uk": shorter to read aloud and to print. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** "2026-11-24" → "24 November 2026". Works on the calendar date alone, so no time zone can shift it. */
export function dateInWords(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? dayMonthYear(date) : iso;
}
