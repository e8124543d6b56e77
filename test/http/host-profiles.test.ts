// Many services from one process: the Host header picks the profile from an allow-list.
import { pino } from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadSiteContent } from '../../src/content/factsheets.js';
import { fixedClock } from '../../src/dates/index.js';
import { loadServiceProfile } from '../../src/services/service-profile.js';
import { createSite, hostNameOf } from '../../src/site.js';
import { shippedCalendar } from '../support/calendar.js';
import { contentDir, fixtureContentDir, rootDir } from '../support/app.js';
import { JOURNEYS } from '../support/journeys.js';

const qs = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

const MK_HELPLINE = '01908 254518';
const KENT_HELPLINE = '03000 41 3000';

function buildSite(env: Record<string, string>) {
  const loaded: string[] = [];
  const site = createSite({
    config: loadConfig(env),
    loadContent: (profile) => loadSiteContent(fixtureContentDir, profile),
    loadProfile: (id) => {
      loaded.push(id);
      return loadServiceProfile(contentDir, id);
    },
    calendar: shippedCalendar,
    clock: fixedClock('2026-11-24T12:00:00Z'),
    logger: pino({ level: 'silent' }),
    rootDir,
  });
  return { site, loaded };
}

const TWO_SERVICES = { NODE_ENV: 'production', SERVICE_PROFILES: 'mk.example.org=milton-keynes,kent.example.org=kent', PROFILE_CACHE_SIZE: '1' };

describe('service profiles by host name', () => {
  it('serves each allow-listed host its own contacts and never the other service\'s', async () => {
    const { site } = buildSite(TWO_SERVICES);
    for (const path of ['/', '/contact', '/factsheets']) {
      const mk = await request(site.handle).get(path).set('Host', 'mk.example.org');
      const kent = await request(site.handle).get(path).set('Host', 'KENT.example.org:443');
      expect(mk.status).toBe(200);
      expect(kent.status).toBe(200);
      expect(mk.text).toContain(MK_HELPLINE);
      expect(mk.text).not.toContain(KENT_HELPLINE);
      expect(kent.text).toContain(KENT_HELPLINE);
      expect(kent.text).not.toContain(MK_HELPLINE);
    }
  });

  it('answers an unknown host with a 421 page that shows no service\'s details', async () => {
    const { site } = buildSite(TWO_SERVICES);
    for (const host of ['evil.example.com', 'mk.example.org.evil.com', '127.0.0.1']) {
      const res = await request(site.handle).get('/contact').set('Host', host);
      expect(res.status).toBe(421);
      expect(res.text).toContain('This address is not served here');
      expect(res.text).not.toContain(MK_HELPLINE);
      expect(res.text).not.toContain(KENT_HELPLINE);
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('builds plan links from the profile\'s own https address, whatever Host or forwarded header is sent', async () => {
    const { site } = buildSite(TWO_SERVICES);
    const res = await request(site.handle).get(`/next-steps/result?${qs(JOURNEYS[0]!.answers)}`).set('Host', 'kent.example.org').set('X-Forwarded-Host', 'evil.example.com');
    expect(res.status).toBe(200);
    expect(res.text).toContain('https://kent.example.org/next-steps/result?');
    expect(res.text).not.toContain('evil.example.com');
  });

  it('checks the first profile at start-up and the rest just after, and builds a profile\'s pages only on its first request, keeping at most PROFILE_CACHE_SIZE', async () => {
    const { site, loaded } = buildSite(TWO_SERVICES);
    expect(loaded).toEqual(['milton-keynes']);
    expect(await site.checkProfiles()).toEqual([]);
    expect(loaded).toEqual(['milton-keynes', 'kent']);
    expect(site.builtProfiles()).toBe(0);
    await request(site.handle).get('/').set('Host', 'mk.example.org');
    expect(site.builtProfiles()).toBe(1);
    await request(site.handle).get('/').set('Host', 'kent.example.org');
    expect(site.builtProfiles()).toBe(1);
    // Dropped and rebuilt: still the right service.
    const again = await request(site.handle).get('/contact').set('Host', 'mk.example.org');
    expect(again.text).toContain(MK_HELPLINE);
  });

  it('reports a bad later profile naming the file, answers 503 for its host and keeps serving the others', async () => {
    const { site } = buildSite({ SERVICE_PROFILES: 'mk.example.org=milton-keynes,x.example.org=no-such-service' });
    const problems = await site.checkProfiles();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/no-such-service\.yml cannot be read/);
    expect((await request(site.handle).get('/').set('Host', 'x.example.org')).status).toBe(503);
    expect((await request(site.handle).get('/').set('Host', 'mk.example.org')).status).toBe(200);
  });

  it('answers 503 for a profile whose pages cannot be built, tries it once and logs it once, and keeps serving the others', async () => {
    let builds = 0;
    const logged: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line).msg) });
    const site = createSite({
      config: loadConfig(TWO_SERVICES),
      loadContent: (profile) => {
        builds += 1;
        if (builds > 1 && profile.id === 'kent') throw new Error('broken');
        return loadSiteContent(fixtureContentDir, profile);
      },
      loadProfile: (id) => loadServiceProfile(contentDir, id),
      calendar: shippedCalendar,
      clock: fixedClock('2026-11-24T12:00:00Z'),
      logger,
      rootDir,
    });
    expect((await request(site.handle).get('/').set('Host', 'kent.example.org')).status).toBe(503);
    expect((await request(site.handle).get('/factsheets').set('Host', 'kent.example.org')).status).toBe(503);
    expect((await request(site.handle).get('/').set('Host', 'mk.example.org')).status).toBe(200);
    expect(builds).toBe(2);
    expect(logged.filter((msg) => msg === 'profile could not be built')).toHaveLength(1);
  });

  it('stops start-up naming the file when the first listed profile is missing', () => {
    expect(() => buildSite({ SERVICE_PROFILES: 'a.example.org=no-such-service' })).toThrow(/no-such-service\.yml cannot be read/);
  });

  it('answers /healthz and /readyz for any host; /readyz fails once draining starts', async () => {
    const { site } = buildSite(TWO_SERVICES);
    expect((await request(site.handle).get('/healthz').set('Host', '10.0.0.7')).status).toBe(200);
    expect((await request(site.handle).get('/readyz').set('Host', '10.0.0.7')).status).toBe(200);
    site.startDraining();
    const ready = await request(site.handle).get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.headers['connection']).toBe('close');
    expect((await request(site.handle).get('/healthz')).status).toBe(200);
    const page = await request(site.handle).get('/').set('Host', 'mk.example.org');
    expect(page.status).toBe(200);
    expect(page.headers['connection']).toBe('close');
  });

  it('with no SERVICE_PROFILES serves the default profile for any host (local use)', async () => {
    const { site } = buildSite({});
    expect(site.builtProfiles()).toBe(1);
    const res = await request(site.handle).get('/contact').set('Host', 'localhost:3000');
    expect(res.status).toBe(200);
    expect(res.text).toContain(MK_HELPLINE);
  });

  it('reads the host name from a Host header', () => {
    expect(hostNameOf('Send.Example.org.:8080')).toBe('send.example.org');
    expect(hostNameOf('[::1]:3000')).toBe('::1');
    expect(hostNameOf(undefined)).toBe('');
  });
});
