// Letters: a parent opens a letter from the next-steps page, fills it in with JavaScript off and on,
// prints it (one A4 page, by PDF page count), downloads the .docx and reads its text, and axe finds
// nothing on the letter pages and their error states.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { LETTER_IDS } from '../src/letters/catalogue.js';
import { documentXml, paragraphsOf } from '../test/support/docx-text.js';
import { LETTER_CASES } from '../test/support/letter-cases.js';

const qs = (answers: [string, string][]) => new URLSearchParams(answers).toString();

async function fillDetails(page: Page, overrides: Partial<Record<string, string>> = {}): Promise<void> {
  const values = {
    parent_name: 'Alexandra Parent-Longname',
    parent_address: 'Flat 12, Willow Court\n145 Long Street Road\nMilton Keynes\nMK9 1AA',
    child_name: 'Samuel Parent-Longname',
    'child_dob-day': '3',
    'child_dob-month': '4',
    'child_dob-year': '2016',
    la_reference: 'EHC-0012345',
    school_name: 'Oak Tree Primary School and Nursery',
    ...overrides,
  };
  for (const [id, value] of Object.entries(values)) await page.locator(`#${id}`).fill(value ?? '');
  // Only the review panel letter asks this.
  if ((await page.locator('input[name="sen_expert"]').count()) > 0) await page.locator('input[name="sen_expert"][value="yes"]').check();
  await page.getByRole('button', { name: 'Fill in the letter' }).click();
}

/** Pages in a PDF, read by poppler's pdfinfo (as the questionnaire spec uses its pdftotext). */
function pageCount(pdf: Buffer, file: string): number {
  writeFileSync(file, pdf);
  const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
  return Number(pages);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a parent opens the letter from the next-steps page, meets the errors, fills it, prints it and downloads it', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const answers = qs(LETTER_CASES['review-panel']);
    await page.goto(`/next-steps/result?${answers}`);
    await page.getByRole('link', { name: 'Letter you can use: Ask for an independent review panel' }).click();
    await expect(page).toHaveURL(`/letters/review-panel?${answers}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ask for an independent review panel');

    // Errors: a date of birth in the future, HTML in a field, and a 5 KB name.
    await fillDetails(page, { 'child_dob-year': '2031', school_name: '<b>Oak</b>', parent_name: 'N'.repeat(5 * 1024) });
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByRole('link')).toHaveText([/Your name must be 70 characters or fewer/, /date of birth must be today or in the past/, /must not contain the signs < or >/]);
    await expect(page.locator('#school_name')).toHaveValue('<b>Oak</b>');

    await fillDetails(page);
    await expect(page.getByRole('heading', { name: 'Your letter is ready' })).toBeVisible();
    await expect(page.locator('#letter')).toContainText('by Friday 4 December 2026');
    await expect(page.locator('#copy-letter')).toBeHidden();
    expect(page.url()).not.toContain('Alexandra');

    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf, testInfo.outputPath('letter.pdf'))).toBe(1);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download it as a Word document/ }).click()]);
    expect(download.suggestedFilename()).toBe('review-panel.docx');
    const text = paragraphsOf(await documentXml(readFileSync((await download.path())!))).join('\n');
    expect(text).toContain('Alexandra Parent-Longname');
    expect(text).toContain("The governing board's letter of Friday 13 November 2026");
    expect(text).toContain('Subject: Application for an independent review panel: Samuel Parent-Longname, born Sunday 3 April 2016');
  });

  for (const id of LETTER_IDS) {
    test(`the ${id} letter prints on one A4 page`, async ({ page }, testInfo) => {
      await page.goto(`/letters/${id}?${qs(LETTER_CASES[id])}`);
      await fillDetails(page);
      await expect(page.locator('.app-letter--filled')).toBeVisible();
      expect(pageCount(await page.pdf({ format: 'A4' }), testInfo.outputPath(`${id}.pdf`))).toBe(1);
    });
  }
});

test.describe('with JavaScript', () => {
  // axe runs in the page, so it needs JavaScript: these check the same pages as the journey above.
  test('axe finds nothing on a letter page, its error state and the filled letter', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/letters/review-panel?${qs(LETTER_CASES['review-panel'])}`);
    await expectNoAxeViolations(page);
    await fillDetails(page, { 'child_dob-year': '2031', school_name: '<b>Oak</b>', parent_name: 'N'.repeat(5 * 1024) });
    await expect(page.locator('.govuk-error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
    await fillDetails(page);
    await expect(page.locator('.app-letter--filled')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the copy button copies the letter text; e-mail and download still work', async ({ page, context }) => {
    test.setTimeout(90_000);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/letters/chase-la?${qs(LETTER_CASES['chase-la'])}`);
    await expectNoAxeViolations(page);
    await fillDetails(page);
    const copy = page.getByRole('button', { name: 'Copy the text' });
    await expect(copy).toBeVisible();
    await copy.click();
    await expect(page.getByRole('status')).toHaveText(/The letter has been copied/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/today it is \d+ days late/);
    expect(copied).toContain('Alexandra Parent-Longname');
    const mailto = await page.locator('#email-letter').getAttribute('href');
    expect(decodeURIComponent(mailto ?? '')).toContain('by Tuesday 13 October 2026');
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download it as a Word document/ }).click()]);
    const text = paragraphsOf(await documentXml(readFileSync((await download.path())!))).join('\n');
    expect(text).toMatch(/today it is \d+ days late/);
  });

  test('the error state at 320px has no sideways scrolling and no axe findings', async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/letters/plan-comments?${qs(LETTER_CASES['plan-comments'])}`);
    await page.getByRole('button', { name: 'Fill in the letter' }).click();
    await expect(page.locator('.govuk-error-summary')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
  });
});
