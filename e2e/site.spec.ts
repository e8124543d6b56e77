import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

const factsheets = readdirSync('content/factsheets').filter((f) => f.endsWith('.md')).map((f) => `/factsheets/${f.replace(/\.md$/, '')}`);
const pages = ['/', '/factsheets', '/next-steps/start', '/accessibility', '/privacy', '/no-such-page', ...factsheets];
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('home → a factsheet → back', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Appealing to the SEND Tribunal' }).first().click();
  await expect(page).toHaveURL(/\/factsheets\/tribunal-appeals$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Appealing to the SEND Tribunal' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

for (const path of pages) {
  test(`axe finds no WCAG 2.2 AA problems on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
}

test('no sideways scrolling at 320px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/factsheets/tribunal-appeals', '/next-steps/start']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page and a factsheet work', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Mediation and mediation advice' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mediation and mediation advice' })).toBeVisible();
    await expect(page.getByText('01908 254518').first()).toBeVisible();
  });
});

test('a factsheet prints without navigation', async ({ page }) => {
  await page.goto('/factsheets/mediation');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.govuk-service-navigation')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Start now' })).toHaveCount(0);
  await expect(page.locator('.app-contact-box')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', tagged: true });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});
