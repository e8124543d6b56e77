import { expect, test, type Page } from '@playwright/test';
import { answer, expectNoAxeViolations } from './helpers.js';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { QUESTIONS } from '../src/questionnaire/questions.js';
import { JOURNEYS, type Journey } from '../test/support/journeys.js';

const kindOf = new Map(QUESTIONS.map((q) => [q.id, q.kind]));


async function walk(page: Page, journey: Journey, checkAxe: boolean): Promise<void> {
  await page.goto('/next-steps/start');
  if (checkAxe) await expectNoAxeViolations(page);
  // Links styled as buttons have role="button" only with JavaScript (views/partials/link-button.njk).
  await page.locator('a.govuk-button', { hasText: 'Start now' }).click();
  for (const [id, value] of journey.answers) {
    if (checkAxe) await expectNoAxeViolations(page);
    await answer(page, id, value);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  if (checkAxe) await expectNoAxeViolations(page);
  await page.locator('a.govuk-button', { hasText: 'See your next steps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your next steps' })).toBeVisible();
  for (const [id, date] of journey.expectedDeadlines) {
    await expect(page.locator(`[data-deadline="${id}"][data-date="${date}"]`)).toHaveCount(1);
  }
  if (checkAxe) await expectNoAxeViolations(page);
}

for (const journey of JOURNEYS) {
  test(`journey: ${journey.name}`, async ({ page }) => {
    // axe runs on every page of the journey (a dozen or more), a few seconds each on a 2-core machine.
    test.setTimeout(180_000);
    await walk(page, journey, true);
  });
}

test('an error state is accessible and says what to do', async ({ page }) => {
  await page.goto('/next-steps/question/who');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('alert')).toContainText('Select who is asking');
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a journey works', async ({ page }) => {
    await walk(page, JOURNEYS[0]!, false);
  });
});

test('a journey can be done by keyboard alone', async ({ page }) => {
  const journey = JOURNEYS[4]!; // disability discrimination: radios and a date
  await page.goto('/next-steps/question/who');
  for (const [id, value] of journey.answers) {
    const kind = kindOf.get(id);
    if (kind === 'date') {
      const [y, m, d] = value.split('-');
      await page.locator(`#${id}-day`).focus();
      await page.keyboard.type(String(Number(d)));
      await page.keyboard.press('Tab');
      await page.keyboard.type(String(Number(m)));
      await page.keyboard.press('Tab');
      await page.keyboard.type(y ?? '');
    } else {
      await page.locator(`input[name="${id}"][value="${value}"]`).focus();
      await page.keyboard.press('Space');
    }
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'See your next steps' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-deadline="disability_discrimination_claim"][data-date="2027-05-12"]')).toHaveCount(1);
});

test('the next-steps page prints with the deadlines and local phone number, without navigation', async ({ page }, testInfo) => {
  const journey = JOURNEYS[0]!;
  const query = new URLSearchParams(journey.answers).toString();
  await page.goto(`/next-steps/result?${query}`);
  await page.emulateMedia({ media: 'print' });
  // About the width of A4 between margins: nothing may stick out (a long address used to).
  await page.setViewportSize({ width: 718, height: 1000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
  await expect(page.locator('.govuk-service-navigation')).toBeHidden();
  await expect(page.locator('.app-actions')).toBeHidden();
  const pdfPath = testInfo.outputPath('next-steps.pdf');
  writeFileSync(pdfPath, await page.pdf({ format: 'A4', tagged: true }));
  const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Friday 11 December 2026');
  expect(text).toContain('Monday 14 December 2026');
  expect(text).toContain('01908 254518');
  // The working out and the legal source print even though the screen keeps them folded away.
  expect(text).toContain('How we worked this out:');
  expect(text).toMatch(/Source: .*(Regulations|Rules|Act)/);
  expect(text).toMatch(/Dates worked out on \d{1,2} [A-Z][a-z]+ \d{4}/);
  expect(text.match(/Printed from:/g)).toHaveLength(1);
  // pdftotext drops a hyphen where a line broke after one, so compare without spaces or hyphens.
  const squeeze = (t: string) => t.replace(/[\s-]+/g, '');
  expect(squeeze(text)).toContain(squeeze(`/next-steps/result?${query}`));
  expect(text).not.toContain('Factsheets\n');
  expect(text).not.toContain('Start again');
});
