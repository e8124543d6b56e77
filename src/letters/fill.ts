// Filling a letter: placeholders become values; a paragraph or bullet that needs a value this
// situation does not have (undefined) is left out. A marker such as {{if_sen_expert}} is '' when its
// paragraph applies and undefined when not (that is how a letter covers several situations without
// any template logic in the content). Values are plain text: each output escapes them its own way.
import { PLACEHOLDER, type LetterValues } from './catalogue.js';
import type { LetterBlock, LetterTemplate } from './loader.js';

export interface FilledLetter {
  id: string;
  title: string;
  /** The parent's name and address lines. */
  sender: string[];
  date: string;
  recipient: string[];
  subject: string;
  blocks: LetterBlock[];
}

/** The text with every placeholder filled, or undefined when one has no value. */
export function fillText(text: string, values: LetterValues): string | undefined {
  let missing = false;
  const filled = text.replace(PLACEHOLDER, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : filled;
}

export function fillLines(lines: string[], values: LetterValues): string[] {
  return lines.map((line) => fillText(line, values)).filter((line): line is string => line !== undefined);
}

export function fillLetter(template: LetterTemplate, values: LetterValues, header: { sender: string[]; recipient: string[] }): FilledLetter {
  const blocks: LetterBlock[] = [];
  for (const block of template.blocks) {
    const text = fillText(block.text, values);
    if (text !== undefined) blocks.push({ kind: block.kind, text });
  }
  return {
    id: template.id,
    title: template.title,
    sender: header.sender,
    date: values['today'] ?? '',
    recipient: header.recipient,
    subject: fillText(template.subject, values) ?? template.title,
    blocks,
  };
}

/** The letter as plain text: for the e-mail body, the copy button and the tests. */
export function letterAsText(letter: FilledLetter): string {
  const parts: string[] = [letter.sender.join('\n'), letter.date, letter.recipient.join('\n'), `Subject: ${letter.subject}`];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length) parts.push(bullets.join('\n'));
    bullets = [];
  };
  for (const block of letter.blocks) {
    if (block.kind === 'bullet') bullets.push(`- ${block.text}`);
    else {
      flush();
      parts.push(block.text);
    }
  }
  flush();
  return parts.filter((p) => p !== '').join('\n\n');
}

/** The bullets of consecutive blocks grouped, so a template can draw one list for them. */
export function groupedBlocks(blocks: LetterBlock[]): { kind: 'paragraph' | 'list'; items: string[] }[] {
  const groups: { kind: 'paragraph' | 'list'; items: string[] }[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.kind === 'bullet' && last?.kind === 'list') last.items.push(block.text);
    else groups.push({ kind: block.kind === 'bullet' ? 'list' : 'paragraph', items: [block.text] });
  }
  return groups;
}
