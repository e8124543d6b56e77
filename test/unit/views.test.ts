import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { createNunjucks } from '../../src/views.js';

const env = createNunjucks(process.cwd(), { cacheTemplates: true });
const render = (template: string, context: object) => env.renderString(template, context);

describe('the trim filter', () => {
  it('trims like Nunjucks and keeps escaping for plain strings', () => {
    expect(render('[{{ s | trim }}]', { s: ' \n\t <b>x</b> \n ' })).toBe('[&lt;b&gt;x&lt;/b&gt;]');
    expect(render('[{{ s | trim }}]', { s: '   ' })).toBe('[]');
    expect(render('[{{ s | trim }}]', { s: 'a  b' })).toBe('[a  b]');
  });

  it('keeps a safe string safe, as govuk-frontend macros rely on', () => {
    expect(render('[{{ s | trim }}]', { s: new nunjucks.runtime.SafeString('\n  <b>x</b>  \n') })).toBe('[<b>x</b>]');
    const macro = '{% macro m() %}[{{ caller() | trim }}]{% endmacro %}{% call m() %}\n   <p>{{ s }}</p>\n{% endcall %}';
    expect(render(macro, { s: '<x>' })).toBe('[<p>&lt;x&gt;</p>]');
  });

  it('stays linear on long runs of whitespace', () => {
    const padded = `a${' '.repeat(200_000)}b${' \n'.repeat(200_000)}`;
    expect(render('{{ s | trim | length }}', { s: padded })).toBe('200002');
  });
});
