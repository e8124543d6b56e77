// The Nunjucks environment every page is rendered with, and renderPage for routers that render
// per request. Templates extend views/layouts/base.njk (see the comment at its top for the
// variables it reads).
import { join } from 'node:path';
import type { Response } from 'express';
import nunjucks from 'nunjucks';
import type { ServiceProfile } from './services/service-profile.js';
import { dateInWords, displayUrl, telHref } from './view-models/layout.js';

export interface ViewGlobals {
  service: ServiceProfile;
  /** Fingerprinted URLs of the built CSS and the small enhancement script. */
  cssPath: string;
  jsPath: string;
  /** Fingerprinted URL of govuk-frontend's own script (an ES module), which enhance.js imports. */
  govukJsPath: string;
  /** e.g. "https://send.example.org", printed before the page path on paper copies; "" when unknown. */
  publicBaseUrl: string;
}

/** Same result as Nunjucks' trim, keeping a safe (already escaped) string safe. */
function linearTrim(value: unknown): unknown {
  const trimmed = String(value ?? '').trim();
  return value instanceof nunjucks.runtime.SafeString ? new nunjucks.runtime.SafeString(trimmed) : trimmed;
}

export function createNunjucks(rootDir: string, options: { cacheTemplates: boolean }): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader(
    [join(rootDir, 'views'), join(rootDir, 'node_modules', 'govuk-frontend', 'dist')],
    { noCache: !options.cacheTemplates },
  );
  const env = new nunjucks.Environment(loader, { autoescape: true, throwOnUndefined: false });
  // Nunjucks' own trim uses /^\s*|\s*$/g, which rescans every run of whitespace: on the large
  // caller() blocks govuk-frontend macros trim it took half of a question page's render time.
  env.addFilter('trim', linearTrim);
  env.addFilter('tel', telHref);
  env.addFilter('displayUrl', displayUrl);
  env.addFilter('dateInWords', dateInWords);
  return env;
}

export function addViewGlobals(env: nunjucks.Environment, globals: ViewGlobals): void {
  for (const [name, value] of Object.entries(globals)) env.addGlobal(name, value);
  prerenderHeaders(env);
  // The contact box depends only on the service profile: pages built per request reuse this copy.
  env.addGlobal('prerenderedContactBox', env.render('partials/contact-box.njk', {}));
}

const MENU_ITEMS = ['home', 'next-steps', 'factsheets', 'none'] as const;

/** The header only changes with the current menu item, so it is rendered once per item (layouts/base.njk). */
function prerenderHeaders(env: nunjucks.Environment): void {
  const headers = Object.fromEntries(MENU_ITEMS.map((activeNav) => [activeNav, env.render('partials/site-header.njk', { activeNav })]));
  env.addGlobal('prerenderedHeaders', headers);
}

export interface RenderOptions {
  status?: number;
  /**
   * Pages built from a user's answers: not indexed, never stored by a browser or proxy cache.
   * (ux.md: question and outcome pages are noindex and Cache-Control: no-store.)
   */
  private?: boolean;
}

/** Renders a template with the site layout and sends it. Use it for pages that depend on the request. */
export function renderPage(
  views: nunjucks.Environment,
  res: Response,
  template: string,
  context: Record<string, unknown> = {},
  options: RenderOptions = {},
): void {
  if (options.private) res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
  const html = views.render(template, { ...(options.private ? { noindex: true } : {}), ...context });
  res.status(options.status ?? 200).type('html').send(html);
}
