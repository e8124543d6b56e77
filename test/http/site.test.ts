import request from 'supertest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { buildTestApp, contentDir, PROFILES } from '../support/app.js';

const content = loadSiteContent(contentDir);
const pages = [
  { path: '/', title: /Help when your child/ },
  { path: '/factsheets', title: /Factsheets/ },
  { path: '/next-steps/start', title: /What can I do next\?/ },
  ...content.factsheets.map((f) => ({ path: `/factsheets/${f.slug}`, title: new RegExp(f.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, '(\'|&#39;)')) })),
  ...[...content.pages.values()].map((p) => ({ path: `/${p.slug}`, title: new RegExp(p.title.replace(/'/g, '(\'|&#39;)')) })),
];

describe.each(PROFILES)('site pages with the %s profile', (profileId) => {
  const app = buildTestApp(profileId);

  it.each(pages.map((p) => [p.path, p] as const))('%s is 200 with its title', async (_path, page) => {
    const res = await request(app).get(page.path);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(new RegExp(`<title>[^<]*${page.title.source}`));
  });

  it('shows the local phone numbers on the home page', async () => {
    const { loadServiceProfile } = await import('../../src/services/service-profile.js');
    const profile = loadServiceProfile(contentDir, profileId);
    const res = await request(app).get('/');
    expect(res.text).toContain(profile.helpline.phone);
    if (profile.office_phone) expect(res.text).toContain(profile.office_phone);
    if (profile.la_sen_team.phone) expect(res.text).toContain(profile.la_sen_team.phone);
  });
});

describe('site behaviour', () => {
  const app = buildTestApp();

  it('answers unknown paths with the 404 page', async () => {
    const res = await request(app).get('/no/such/page');
    expect(res.status).toBe(404);
    expect(res.text).toContain('Page not found');
  });

  it('sends the security headers on every response', async () => {
    for (const path of ['/', '/no/such/page', '/healthz']) {
      const res = await request(app).get(path);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['permissions-policy']).toContain('camera=()');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('serves pages compressed and the CSS with a fingerprint and a long cache', async () => {
    const home = await request(app).get('/').set('Accept-Encoding', 'gzip');
    expect(home.headers['content-encoding']).toBe('gzip');
    const cssPath = /href="(\/build\/main\.[0-9a-f]+\.css)"/.exec(home.text)?.[1];
    expect(cssPath).toBeDefined();
    const css = await request(app).get(cssPath!);
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toContain('immutable');
  });

  it('never writes a query string into the request log', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const logged = buildTestApp('milton-keynes', pino({ level: 'info' }, sink));
    await request(logged).get('/next-steps/start?decision_letter=2026-03-12&secret=yes');
    await request(logged).post('/api/v1/next-steps').send({ who: 'parent', secret: 'body-value' });
    const text = lines.join('');
    expect(text).toContain('/next-steps/start');
    expect(text).not.toContain('2026-03-12');
    expect(text).not.toContain('secret');
    expect(text).not.toContain('body-value');
  });

  it('serves /healthz', async () => {
    const res = await request(app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.text).toBe('ok');
  });
});
