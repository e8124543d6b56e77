// Markdown → HTML with GOV.UK classes, run once per file at start-up. Raw HTML in Markdown is shown
// as text, never rendered: content is data, and the CSP forbids inline script anyway.
import { Marked, type Tokens } from 'marked';

export interface Heading {
  id: string;
  /** Plain text (not HTML): templates escape it. */
  text: string;
}

export interface RenderedMarkdown {
  html: string;
  /** The level-2 headings, in order, for a contents list. */
  contents: Heading[];
  /** Every link target, so the loader can check links to other factsheets. */
  links: string[];
  /** Things an author must fix; the loader turns them into a start-up error naming the file. */
  problems: string[];
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
export const decodeEntities = (text: string): string => text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_m, name: string) => ENTITIES[name]!);

export function headingId(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

// Relative links, page anchors, web addresses, email and phone links: nothing that runs code.
const SAFE_HREF = /^(\/(?!\/)|#|https?:\/\/|mailto:|tel:)/i;

export function renderMarkdown(markdown: string): RenderedMarkdown {
  const contents: Heading[] = [];
  const links: string[] = [];
  const problems: string[] = [];
  const usedIds = new Map<string, number>();

  const uniqueId = (text: string): string => {
    const base = headingId(text);
    const seen = usedIds.get(base) ?? 0;
    usedIds.set(base, seen + 1);
    return seen === 0 ? base : `${base}-${seen + 1}`;
  };

  const marked = new Marked({
    gfm: true,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      heading({ tokens, depth }: Tokens.Heading) {
        const inner = this.parser.parseInline(tokens);
        const text = decodeEntities(this.parser.parseInline(tokens, this.parser.textRenderer));
        if (depth === 1) problems.push(`heading "# ${text}": use "##" for sections; the title is the page's only level-1 heading`);
        const id = uniqueId(text);
        if (depth === 2) contents.push({ id, text });
        const size = depth <= 2 ? 'l' : depth === 3 ? 'm' : 's';
        return `<h${depth} class="govuk-heading-${size}" id="${id}">${inner}</h${depth}>\n`;
      },
      paragraph({ tokens }: Tokens.Paragraph) {
        return `<p class="govuk-body">${this.parser.parseInline(tokens)}</p>\n`;
      },
      list(token: Tokens.List) {
        const tag = token.ordered ? 'ol' : 'ul';
        const items = token.items.map((item) => `<li>${this.parser.parse(item.tokens)}</li>`).join('');
        const start = token.ordered && token.start !== '' && token.start !== 1 ? ` start="${Number(token.start)}"` : '';
        return `<${tag} class="govuk-list govuk-list--${token.ordered ? 'number' : 'bullet'}"${start}>${items}</${tag}>\n`;
      },
      link({ href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        links.push(href);
        if (!SAFE_HREF.test(href)) {
          problems.push(`link "${href}": use a web address (https://…), a site path (/factsheets/…), mailto: or tel:`);
          return text;
        }
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a class="govuk-link" href="${escapeHtml(href)}"${titleAttr}>${text}</a>`;
      },
      image({ href, text }: Tokens.Image) {
        problems.push(`image "${href}": factsheets have no images (they must print and read aloud well)`);
        return escapeHtml(text);
      },
      table(token: Tokens.Table) {
        const head = token.header
          .map((cell) => `<th scope="col" class="govuk-table__header">${this.parser.parseInline(cell.tokens)}</th>`)
          .join('');
        const rows = token.rows
          .map(
            (row) =>
              `<tr class="govuk-table__row">${row.map((cell) => `<td class="govuk-table__cell">${this.parser.parseInline(cell.tokens)}</td>`).join('')}</tr>`,
          )
          .join('');
        return `<table class="govuk-table app-table"><thead class="govuk-table__head"><tr class="govuk-table__row">${head}</tr></thead><tbody class="govuk-table__body">${rows}</tbody></table>\n`;
      },
      blockquote({ tokens }: Tokens.Blockquote) {
        return `<div class="govuk-inset-text">${this.parser.parse(tokens)}</div>\n`;
      },
      hr() {
        return '<hr class="govuk-section-break govuk-section-break--m govuk-section-break--visible">\n';
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return { html, contents, links, problems };
}
