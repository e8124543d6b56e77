import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('runs locally with no settings: one default profile for any host, plain http allowed', () => {
    const config = loadConfig({});
    expect(config.SERVICE_PROFILE).toBe('milton-keynes');
    expect(config.hostProfiles).toEqual([]);
    expect(config.PUBLIC_BASE_URL).toBeUndefined();
  });

  it('refuses to start with NODE_ENV=production and no PUBLIC_BASE_URL, saying what to set', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PUBLIC_BASE_URL: must be set when NODE_ENV=production/);
  });

  it('requires https:// addresses in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'http://send.example.org' })).toThrow(/must be an https:\/\/ address/);
    expect(() => loadConfig({ NODE_ENV: 'production', SERVICE_PROFILES: 'http://a.example.org=kent' })).toThrow(/SERVICE_PROFILES: http:\/\/a.example.org must be an https/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_BASE_URL: 'https://send.example.org/' }).PUBLIC_BASE_URL).toBe('https://send.example.org');
  });

  it('reads SERVICE_PROFILES as host=profile entries; bare hosts get https:// links in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SERVICE_PROFILES: 'Send.MK.example.org=milton-keynes, https://kent.example.org:8443=kent',
    });
    expect(config.hostProfiles).toEqual([
      { host: 'send.mk.example.org', profile: 'milton-keynes', publicBaseUrl: 'https://send.mk.example.org' },
      { host: 'kent.example.org', profile: 'kent', publicBaseUrl: 'https://kent.example.org:8443' },
    ]);
  });

  it('names every bad SERVICE_PROFILES entry', () => {
    const attempt = () => loadConfig({ SERVICE_PROFILES: 'no-equals-sign a.example.org=Kent *.example.org=kent https://x.example.org/path=kent b.org=kent b.org=kent' });
    expect(attempt).toThrow(/"no-equals-sign" must be host=profile/);
    expect(attempt).toThrow(/"Kent" must be a profile id/);
    expect(attempt).toThrow(/"\*\.example\.org" must be a host name/);
    expect(attempt).toThrow(/https:\/\/x\.example\.org\/path" must be the site's address with no path/);
    expect(attempt).toThrow(/the host b\.org is listed twice/);
  });

  it('checks the shutdown and timeout settings', () => {
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '0.5' }).SHUTDOWN_DRAIN_SECONDS).toBe(0.5);
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: 'soon' })).toThrow(/SHUTDOWN_DRAIN_SECONDS: must be a number of seconds/);
    expect(() => loadConfig({ HEADERS_TIMEOUT_SECONDS: '30', REQUEST_TIMEOUT_SECONDS: '20' })).toThrow(/must not be longer than REQUEST_TIMEOUT_SECONDS/);
    expect(loadConfig({}).MAX_CONNECTIONS).toBe(1000);
  });
});
