import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WCAG } from './helpers.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const factsheets = readdirSync('content/factsheets')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `/factsheets/${f.replace(/\.md$/, '')}`);
const pages = readdirSync('content/pages')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `/${f.replace(/\.md$/, '')}`);
const everyPage = ['/', '/factsheets', '/contact', '/next-steps/start', '/no-such-page', ...pages, ...factsheets];
// The longest factsheet, with a contents list; any real one will do for journeys.
const FACTSHEET = '/factsheets/tribunal-appeals';

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('home → a factsheet → back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.locator(`main a[href="${FACTSHEET}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${FACTSHEET}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: /Get help from/ })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('#start-button')).toHaveAttribute('href', '/next-steps/start');
});

test('the skip link is the first thing a keyboard reaches', async ({ page }) => {
  await page.goto(FACTSHEET);
  await page.keyboard.press('Tab');
  await expect(page.locator('.govuk-skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
});

for (const path of everyPage) {
  test(`axe finds no WCAG 2.2 AA problems on ${path}`, async ({ page }) => {
    await page.goto(path);
    // options() replaces withTags(), so the tags go in runOnly; collecting only violations is faster.
    const results = await new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: WCAG }, resultTypes: ['violations'] }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('no sideways scrolling at 320px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', FACTSHEET, '/factsheets', '/contact']) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page, a factsheet and its contacts work', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Site menu' }).getByRole('link', { name: 'Factsheets' })).toBeVisible();
    await page.locator('main a[href="/factsheets/mediation"]').first().click();
    await expect(page).toHaveURL(/\/factsheets\/mediation$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#local-contacts a[href^="tel:"]').first()).toBeVisible();
    await page.locator('#page-contents a').first().click();
    await expect(page).toHaveURL(/\/factsheets\/mediation#[a-z0-9-]+$/);
  });
});

test('a factsheet prints to A4 without navigation, with its address, date and the local contacts', async ({ page }) => {
  await page.goto('/factsheets/mediation');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.govuk-skip-link', '.govuk-service-navigation', '.govuk-phase-banner', '.govuk-footer__inline-list', 'main .govuk-button']) {
    await expect(page.locator(hidden).first(), hidden).toBeHidden();
  }
  await expect(page.locator('#local-contacts')).toBeVisible();
  await expect(page.locator('[data-print-url]')).toHaveText(/\/factsheets\/mediation$/);
  await expect(page.locator('[data-print-date]')).toHaveText(/^Printed on \d{1,2} [A-Z][a-z]+ \d{4}$/);

  const pdf = await page.pdf({ format: 'A4', tagged: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);
  let text: string;
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    text = execFileSync('pdftotext', [join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
  } catch {
    test.info().annotations.push({ type: 'note', description: 'pdftotext (poppler-utils) missing: PDF text not checked' });
    return;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  expect(text).not.toMatch(/Skip to main content|All factsheets|What can I do next\?/);
  expect(text).toMatch(/01908 254518/);
  expect(text).toMatch(/Printed from: .*\/factsheets\/mediation/);
});
