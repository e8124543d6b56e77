// Tiny readers for rendered pages, so tests assert titles, ids, links and roles rather than wording.

export function titleOf(html: string): string {
  return decode(/<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
}

/** Every href on the page, in order. */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** Links to pages of this site (paths), without fragments, de-duplicated. */
export function internalPathsOf(html: string): string[] {
  return [...new Set(hrefsOf(html).filter((h) => h.startsWith('/') && !h.startsWith('//')).map((h) => h.replace(/#.*$/, '')))];
}

export function hasId(html: string, id: string): boolean {
  return new RegExp(`\\sid="${id}"`).test(html);
}

/** The HTML of the element with this id (up to its matching close tag, for simple cases). */
export function elementById(html: string, id: string): string {
  const start = html.search(new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id}"`));
  if (start === -1) return '';
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))![1]!;
  let depth = 0;
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  pattern.lastIndex = start;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return html.slice(start);
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function decode(text: string): string {
  return text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
