// The filled letter as a Word document the parent can edit. The docx library writes the XML and
// escapes the text; nothing here builds XML by hand.
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { FilledLetter } from './fill.js';

const FONT = 'Arial';
const SIZE = 22; // half-points: 11pt

const line = (text: string, options: { bold?: boolean; after?: number } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: options.bold ?? false, font: FONT, size: SIZE })], spacing: { after: options.after ?? 0 } });

export async function letterAsDocx(letter: FilledLetter): Promise<Buffer> {
  const children: Paragraph[] = [
    ...letter.sender.map((text, i) => line(text, { after: i === letter.sender.length - 1 ? 200 : 0 })),
    line(letter.date, { after: 200 }),
    ...letter.recipient.map((text, i) => line(text, { after: i === letter.recipient.length - 1 ? 200 : 0 })),
    line(`Subject: ${letter.subject}`, { bold: true, after: 200 }),
    ...letter.blocks.map((block) =>
      block.kind === 'bullet'
        ? new Paragraph({ children: [new TextRun({ text: block.text, font: FONT, size: SIZE })], bullet: { level: 0 }, spacing: { after: 80 } })
        : new Paragraph({ children: [new TextRun({ text: block.text, font: FONT, size: SIZE })], spacing: { after: 200 }, alignment: AlignmentType.LEFT }),
    ),
  ];
  const document = new Document({
    creator: 'SEND Next Steps',
    title: letter.title,
    sections: [{ properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } }, children }],
  });
  return Packer.toBuffer(document);
}
