import { Writable } from 'node:stream';
import express from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { errorHandler } from '../../src/routes/errors.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { brotliCopiesReady } from '../../src/static-page.js';
import { buildTestApp, contentDir, fixtureContentDir, PROFILES } from '../support/app.js';
import { elementById, hasId, hrefsOf, internalPathsOf, titleOf } from '../support/html.js';

const content = loadSiteContent(contentDir, loadServiceProfile(contentDir, 'milton-keynes'));
const pages = [
  { path: '/', title: 'Help when your child' },
  { path: '/factsheets', title: 'Factsheets' },
  { path: '/contact', title: 'Contact' },
  ...content.factsheets.map((f) => ({ path: `/factsheets/${f.slug}`, title: f.title })),
  ...[...content.pages.values()].map((p) => ({ path: `/${p.slug}`, title: p.title })),
];

/** A pino logger that writes into an array, to check what a request log holds. */
function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe.each(PROFILES)('every page with the %s profile', (profileId) => {
  const app = buildTestApp(profileId);
  const profile = loadServiceProfile(contentDir, profileId);

  it.each(pages.map((p) => [p.path, p] as const))('%s is 200 with its title', async (_path, page) => {
    const res = await request(app).get(page.path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(titleOf(res.text)).toContain(page.title);
    expect(titleOf(res.text)).toMatch(new RegExp(`– ${profile.short_name}$`));
    expect(hasId(res.text, 'main-content')).toBe(true);
    expect(hasId(res.text, 'local-contacts') || page.path === '/accessibility' || page.path === '/privacy').toBe(true);
  });

  it('shows every phone number of the profile on the home page', async () => {
    const res = await request(app).get('/');
    const phones = JSON.stringify(profile).match(/0[0-9 ]{9,13}[0-9]/g) ?? [];
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) {
      expect(res.text).toContain(phone);
      expect(hrefsOf(res.text)).toContain(`tel:${phone.replace(/ /g, '')}`);
    }
  });

  it('names the local service in the header, not GOV.UK', async () => {
    const res = await request(app).get('/');
    expect(elementById(res.text, 'main-content')).not.toBe('');
    expect(res.text).toContain(profile.short_name);
    expect(res.text).not.toMatch(/GOV\.UK|govuk-header__logotype|govuk-logo|images\/favicon|govuk-opengraph|manifest\.json/);
    expect(res.text).toMatch(/role="banner"/);
    expect(res.text).toMatch(/role="contentinfo"/);
  });

  it.each([
    ['/', '/'],
    ['/factsheets', '/factsheets'],
    [`/factsheets/${content.factsheets[0]!.slug}`, '/factsheets'],
    ['/next-steps/start', '/next-steps/start'],
    ['/next-steps/question/setting?who=parent', '/next-steps/start'],
    ['/contact', undefined],
  ])('marks the current menu item on %s (the header is rendered once per item)', async (path, current) => {
    const res = await request(app).get(path);
    const marked = [...res.text.matchAll(/href="([^"]+)" aria-current="true"/g)].map((m) => m[1]);
    expect(marked).toEqual(current ? [current] : []);
    expect(res.text).toContain(profile.short_name);
  });
});

describe('the pages link together', () => {
  const app = buildTestApp();

  it('home: a start button to the questionnaire, every factsheet, the footer links', async () => {
    const res = await request(app).get('/');
    expect(elementById(res.text, 'start-button')).toMatch(/href="\/next-steps\/start"/);
    const links = hrefsOf(res.text);
    for (const sheet of content.factsheets) expect(links).toContain(`/factsheets/${sheet.slug}`);
    for (const path of ['/accessibility', '/privacy', '/factsheets/glossary', '/contact']) expect(links).toContain(path);
    expect(res.text).toMatch(/<a href="#main-content" class="govuk-skip-link"/);
  });

  it('every link from every page to this site resolves', async () => {
    const seen = new Set<string>();
    for (const page of pages) {
      const res = await request(app).get(page.path);
      for (const path of internalPathsOf(res.text)) {
        if (seen.has(path) || path.startsWith('/next-steps/')) continue;
        seen.add(path);
        const target = await request(app).get(path);
        expect(target.status, `${page.path} → ${path}`).toBe(200);
      }
    }
    expect(seen.size).toBeGreaterThan(pages.length);
  });
});

describe('factsheet pages (fixture content)', () => {
  const app = buildTestApp('milton-keynes', { contentDir: fixtureContentDir, publicBaseUrl: 'https://send.example.org' });

  it('shows the title, summary, last reviewed date, contents list, related factsheets and the local contacts', async () => {
    const res = await request(app).get('/factsheets/fixture-long');
    expect(res.status).toBe(200);
    expect(titleOf(res.text)).toMatch(/^Fixture: a long factsheet – /);
    expect(res.text).toMatch(/<time datetime="2026-02-28">28 February 2026<\/time>/);
    expect(hrefsOf(elementById(res.text, 'page-contents'))).toEqual(['#first-section', '#the-las-part', '#repeated', '#repeated-2']);
    expect(hasId(res.text, 'the-las-part')).toBe(true);
    expect(elementById(res.text, 'local-contacts')).toContain('01908 254518');
    expect(hrefsOf(res.text)).toContain('/factsheets/fixture-short');
    expect(hrefsOf(res.text)).toContain('/next-steps/start');
    expect(res.text).toContain('&lt;script&gt;');
  });

  it('has no contents list on a short factsheet', async () => {
    const res = await request(app).get('/factsheets/fixture-short');
    expect(res.status).toBe(200);
    expect(hasId(res.text, 'page-contents')).toBe(false);
    expect(hasId(res.text, 'related-heading')).toBe(false);
  });

  it('prints its full address on paper copies', async () => {
    const res = await request(app).get('/factsheets/fixture-short');
    expect(res.text).toMatch(/data-print-url>https:\/\/send\.example\.org\/factsheets\/fixture-short</);
  });

  it('lists factsheets by group on the index', async () => {
    const res = await request(app).get('/factsheets');
    for (const id of ['group-start', 'group-routes', 'group-reference']) expect(hasId(res.text, id)).toBe(true);
    expect(hasId(res.text, 'group-exclusions')).toBe(false);
  });

  it('redirects a trailing slash to the page', async () => {
    const res = await request(app).get('/factsheets/fixture-short/?a=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/factsheets/fixture-short?a=1');
  });
});

describe('errors', () => {
  const app = buildTestApp();

  it('answers unknown paths with the 404 page', async () => {
    for (const path of ['/no/such/page', '/factsheets/no-such-factsheet', '/node_modules/govuk-frontend/package.json', '/assets/../package.json']) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(404);
      expect(titleOf(res.text), path).toMatch(/^Page not found – /);
      expect(hrefsOf(res.text)).toContain('/');
    }
  });

  it('shows the 500 page without any detail of the error, and logs no message', async () => {
    const { logger, lines } = capturingLogger();
    const broken = express();
    broken.get('/boom', () => {
      throw new Error('secret detail 2026-03-12');
    });
    broken.use(errorHandler(app.views, logger));
    const res = await request(broken).get('/boom');
    expect(res.status).toBe(500);
    expect(titleOf(res.text)).toMatch(/^Sorry, there is a problem with the service – /);
    expect(res.text).not.toMatch(/secret detail|at \/|Error:/);
    expect(lines.join('')).toContain('"path":"/boom"');
    expect(lines.join('')).not.toContain('secret detail');
  });

  it('refuses an over-long URL with 414 before doing any work', async () => {
    const res = await request(app).get(`/factsheets/mediation?x=${'a'.repeat(5000)}`);
    expect(res.status).toBe(414);
    expect(titleOf(res.text)).toMatch(/^This web address is too long – /);
  });

  it('answers a malformed path without a 500', async () => {
    const res = await request(app).get('/factsheets/%E0%A4%A');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe('headers, caching and compression', () => {
  const app = buildTestApp();

  it('sends the security headers on every response', async () => {
    const home = await request(app).get('/');
    const cssPath = /href="(\/build\/main\.[0-9a-f]{12}\.css)"/.exec(home.text)![1]!;
    for (const path of ['/', '/factsheets/mediation', '/no/such/page', '/healthz', cssPath, '/assets/images/favicon.ico']) {
      const res = await request(app).get(path);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, path).toContain("'self'");
      expect(scriptSrc, path).toContain("'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='");
      expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(res.headers['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers['referrer-policy'], path).toBe('no-referrer');
      expect(res.headers['permissions-policy'], path).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      expect(res.headers['x-powered-by'], path).toBeUndefined();
    }
  });

  it('serves gzip until the brotli copy is ready, then brotli', async () => {
    const fresh = buildTestApp();
    const early = await request(fresh).get('/').set('Accept-Encoding', 'br, gzip');
    expect(['br', 'gzip']).toContain(early.headers['content-encoding']);
    await brotliCopiesReady();
    const later = await request(fresh).get('/').set('Accept-Encoding', 'br, gzip');
    expect(later.headers['content-encoding']).toBe('br');
    expect(later.text).toBe(early.text);
  });

  it('serves prerendered pages as brotli, gzip or plain, with Vary and an ETag', async () => {
    await brotliCopiesReady();
    const br = await request(app).get('/').set('Accept-Encoding', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    const gzip = await request(app).get('/').set('Accept-Encoding', 'gzip, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await request(app).get('/').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.text).toBe(plain.text);
    expect(gzip.text).toBe(plain.text);
    expect(plain.headers.vary).toContain('Accept-Encoding');
    const notModified = await request(app).get('/').set('If-None-Match', plain.headers.etag!);
    expect(notModified.status).toBe(304);
  });

  it('fingerprints the CSS and script and caches them for a year', async () => {
    const home = await request(app).get('/');
    const css = /href="(\/build\/main\.[0-9a-f]{12}\.css)"/.exec(home.text)?.[1];
    const js = /src="(\/js\/enhance\.[0-9a-f]{12}\.js)"/.exec(home.text)?.[1];
    for (const path of [css, js]) {
      expect(path).toBeDefined();
      const res = await request(app).get(path!);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    }
    const asset = await request(app).get('/assets/images/favicon.ico');
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000/);
  });

  it('answers HEAD requests', async () => {
    const res = await request(app).head('/factsheets/mediation');
    expect(res.status).toBe(200);
  });
});

describe('request logging', () => {
  it('logs method, path, status and duration, never a query string or a body', async () => {
    const { logger, lines } = capturingLogger();
    const app = buildTestApp('milton-keynes', { logger });
    await request(app).get('/factsheets/mediation?decision_letter=2026-03-12&secret=yes');
    await request(app).get('/next-steps/start?child_name=someone');
    await request(app).post('/api/v1/next-steps').send({ who: 'parent', secret: 'body-value' });
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries[0]).toMatchObject({ method: 'GET', path: '/factsheets/mediation', status: 200 });
    expect(typeof entries[0]!['ms']).toBe('number');
    const text = lines.join('');
    for (const leaked of ['2026-03-12', 'secret', 'someone', 'body-value', '?']) expect(text).not.toContain(leaked);
  });
});

describe('health check', () => {
  it('serves /healthz', async () => {
    const res = await request(buildTestApp()).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.text).toBe('ok');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
