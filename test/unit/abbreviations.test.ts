// Spelling out abbreviations at their first use (issue 10 item 7): only the first use, only text
// (never attributes, scripts or what is outside <main>), with possessives and "an" put right.
import { describe, expect, it } from 'vitest';
import { abbreviationsFor, spellOutFirstUses, spellOutFirstUsesInText } from '../../src/view-models/abbreviations.js';

const terms = abbreviationsFor({ name: 'Milton Keynes Special Educational Needs and Disability Information, Advice and Support Service', short_name: 'MK SENDIAS' });
const page = (main: string) => `<title>LA</title><main id="m">${main}</main><footer>EHC</footer>`;

describe('spelling out abbreviations once per page', () => {
  it('spells out only the first use, in text, and leaves attributes and what is outside main alone', () => {
    const html = spellOutFirstUses(page('<h2>Write to the LA</h2><a href="/la?x=LA" title="LA">Ask the LA</a><p>The LA must</p>'), terms);
    expect(html).toBe('<title>LA</title><main id="m"><h2>Write to the local authority (LA)</h2><a href="/la?x=LA" title="LA">Ask the LA</a><p>The LA must</p></main><footer>EHC</footer>');
  });

  it('keeps a use that is already spelled out, and spells out the parts of a compound name once', () => {
    const html = spellOutFirstUses(page('<p>the local authority (LA) said</p><p>Free help: MK SENDIAS</p><p>(local SENDIAS service)</p>'), terms);
    expect(html).toContain('the local authority (LA) said');
    expect(html).toContain('Free help: Milton Keynes Special Educational Needs and Disability Information, Advice and Support Service (MK SENDIAS)');
    expect(html).toContain('(local SENDIAS service)');
  });

  it('puts possessives and articles right, and capitals at the start of a sentence', () => {
    expect(spellOutFirstUsesInText("named in the LA's letter", terms)).toBe("named in the local authority's (LA's) letter");
    expect(spellOutFirstUses(page('<p>named in the LA&#39;s letter</p>'), terms)).toContain('named in the local authority&#39;s (LA&#39;s) letter');
    expect(spellOutFirstUsesInText('Ask an LA. EHC plans matter.', terms)).toBe('Ask a local authority (LA). Education, health and care (EHC) plans matter.');
    expect(spellOutFirstUsesInText('Ask for a SEN expert', terms)).toBe('Ask for a special educational needs (SEN) expert');
  });

  it('does not mistake longer words for an abbreviation', () => {
    expect(spellOutFirstUsesInText('the SENCo and SENDIAS, not SEND', terms)).toBe(
      'the special educational needs coordinator (SENCo) and Special Educational Needs and Disability Information, Advice and Support (SENDIAS), not Special Educational Needs and Disability (SEND)',
    );
    expect(spellOutFirstUsesInText('LAST and PLAN and LAs', terms)).toBe('LAST and PLAN and LAs');
  });
});
