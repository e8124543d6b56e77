// The questionnaire without dead ends (issue 11), with JavaScript on and off: the e-mail question,
// ways out to the help page, more than one holiday, a key date not known, mangled links, date
// errors, and govuk-frontend's components (Space on link buttons, focus on the error summary).
import { expect, test, type Page } from '@playwright/test';
import { answer, expectNoAxeViolations } from './helpers.js';

const HELPLINE = '01908 254518';

/** "Start now" and "See your next steps" are links styled as buttons: role="button" only with JavaScript. */
const linkButton = (page: Page, name: string) => page.locator('a.govuk-button', { hasText: name });
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' });


async function answerAll(page: Page, answers: [string, string][], checkAxe = false): Promise<void> {
  await page.goto('/next-steps/start');
  await linkButton(page, 'Start now').click();
  for (const [id, value] of answers) {
    if (checkAxe) await expectNoAxeViolations(page);
    await answer(page, id, value);
  }
}

const notEmailed: [string, string][] = [
  ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_decision'], ['event', 'la_refused_assessment'],
  ['decision_letter', '2026-10-12'], ['decision_email_sent', 'no'], ['mediation_stage', 'none'],
];

const wayOuts: [string, [string, string][]][] = [
  ['Do they have an education, health and care (EHC) plan?', [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'unsure']]],
  ['What is it about?', [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'something_else']]],
  ['What happened?', [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'something_else']]],
  ['Where are you with mediation?', [...notEmailed.slice(0, 7), ['mediation_stage', 'unsure']]],
];

const twoHolidays: [string, string][] = [
  ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion'], ['school_run_by', 'unsure'],
  ['exclusion_notice', '2026-11-20'], ['exclusion_starts', '2026-11-23'], ['board_notified', '2026-11-20'], ['has_holidays', 'yes'],
  ['holiday_start', '2026-12-21'], ['holiday_end', '2027-01-01'], ['holiday_more', 'yes'], ['holiday_2_start', '2027-02-15'], ['holiday_2_end', '2027-02-19'],
  ['holiday_2_more', 'no'], ['disability_related', 'unsure'],
];

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';
  // axe runs inside the page, so it needs JavaScript; the HTML is the same either way.
  const axe = (page: Page) => (javaScriptEnabled ? expectNoAxeViolations(page) : Promise.resolve());
  test.describe(mode, () => {
    test.use({ javaScriptEnabled });

    test('a parent says the decision was not e-mailed and sees no "not sure" warning', async ({ page }) => {
      test.setTimeout(120_000);
      await answerAll(page, notEmailed, javaScriptEnabled);
      await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
      if (javaScriptEnabled) await axe(page);
      await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', /\/next-steps\/question\/mediation_stage\?/);
      await linkButton(page, 'See your next steps').click();
      await expect(page.getByRole('heading', { level: 1, name: 'Your next steps' })).toBeVisible();
      await expect(page.locator('[data-unknown-date]')).toHaveCount(0);
      await expect(page.getByText('You were not sure')).toHaveCount(0);
      await expect(page.locator('[data-deadline="tribunal_appeal"][data-date="2026-12-14"]')).toHaveCount(1);
    });

    for (const [question, answers] of wayOuts) {
      test(`the way out of "${question}" leads to a page with the local helpline`, async ({ page }) => {
        test.setTimeout(90_000);
        await answerAll(page, answers);
        await expect(page).toHaveURL(/\/next-steps\/help\?/);
        await expect(page.getByRole('heading', { level: 1, name: 'Help to work out what to do next' })).toBeVisible();
        await expect(page.locator('#local-helpline')).toContainText(HELPLINE);
        await expect(page.getByRole('heading', { name: 'What to look for' })).toBeVisible();
        await expect(page.getByRole('link', { name: /mediation/i }).first()).toBeVisible();
        await axe(page);
        await page.getByRole('link', { name: /^Change your answer to/ }).click();
        await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
      });
    }

    test('more than one school holiday can be added, one after another', async ({ page }) => {
      test.setTimeout(120_000);
      await answerAll(page, twoHolidays.slice(0, 12));
      await expect(page.getByRole('group', { name: 'Do you want to add another holiday or closure?' })).toBeVisible();
      await axe(page);
      for (const [id, value] of twoHolidays.slice(12)) await answer(page, id, value);
      await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
      await expect(page.getByText('15 February 2027')).toBeVisible();
    });

    test('the letter date not known: "When did the letter reach you?", then dates flagged as earliest safe', async ({ page }) => {
      test.setTimeout(120_000);
      const unsureOfLetter = notEmailed.map(([k, v]) => [k, k === 'decision_letter' ? 'unknown' : v] as [string, string]);
      await answerAll(page, unsureOfLetter.slice(0, 7));
      await expect(page.getByRole('group', { name: 'When did the letter reach you?' })).toBeVisible();
      await axe(page);
      await answer(page, 'decision_received', '2026-10-14');
      await answer(page, 'mediation_stage', 'none');
      await linkButton(page, 'See your next steps').click();
      await expect(page.locator('[data-deadline="tribunal_appeal"]')).toContainText('Last day, counted from when the letter arrived');
      await expect(page.locator('#unknown-date-decision_letter')).toContainText('We counted from the day the letter reached you');
      await axe(page);
    });

    test('"Who runs the school?" is asked for an exclusion at a school', async ({ page }) => {
      await page.goto(`/next-steps/question/school_run_by?${new URLSearchParams(twoHolidays.slice(0, 5)).toString()}`);
      await expect(page.getByRole('group', { name: 'Who runs the school?' })).toBeVisible();
      await axe(page);
      await answer(page, 'school_run_by', 'other_provider');
      await expect(page).toHaveURL(/\/next-steps\/question\/exclusion_notice\?/);
    });

    test('a key date not known: what it counts from, how to get a copy and what to do today, with no empty table', async ({ page }) => {
      const answers = notEmailed.flatMap(([k, v]): [string, string][] => (k === 'decision_letter' ? [[k, 'unknown']] : k === 'decision_email_sent' ? [[k, v], ['decision_received', 'unknown']] : [[k, v]]));
      await page.goto(`/next-steps/result?${new URLSearchParams(answers).toString()}`);
      const box = page.locator('#unknown-date-decision_letter');
      await expect(box).toContainText('Your appeal deadline counts from the day the LA sent its decision');
      await expect(box).toContainText('What to do today');
      await expect(box).toContainText('Milton Keynes special educational needs (SEN) team');
      if ((await page.locator('[data-deadline]').count()) === 0) await expect(page.locator('table.app-deadlines')).toHaveCount(0);
      await axe(page);
    });

    test('a mangled link comes back to the question with its value and a message', async ({ page }) => {
      const mangled = notEmailed.map(([k, v]) => [k, k === 'decision_letter' ? '2026-13-45' : v] as [string, string]);
      await page.goto(`/next-steps/result?${new URLSearchParams(mangled).toString()}`);
      await expect(page).toHaveURL(/\/next-steps\/question\/decision_letter\?/);
      await expect(page).toHaveTitle(/^Error: /);
      await expect(page.locator('.govuk-error-summary')).toContainText('The date on the decision letter must be a real date');
      await expect(page.locator('#decision_letter-month')).toHaveValue('13');
      await expect(page.locator('#decision_letter-day')).toHaveValue('45');
      await axe(page);
    });

    test('date errors follow GOV.UK: a 2-number year, and a date with "I am not sure" ticked too', async ({ page }) => {
      await page.goto(`/next-steps/question/decision_letter?${new URLSearchParams(notEmailed.slice(0, 5)).toString()}`);
      await page.locator('#decision_letter-day').fill('12');
      await page.locator('#decision_letter-month').fill('3');
      await page.locator('#decision_letter-year').fill('26');
      await continueButton(page).click();
      await expect(page.locator('.govuk-error-summary')).toContainText('Year must include 4 numbers');
      await expect(page.locator('.govuk-input--error')).toHaveCount(1);
      await expect(page.locator('#decision_letter-year')).toHaveClass(/govuk-input--error/);
      await axe(page);
      await page.locator('#decision_letter-year').fill('2026');
      await page.locator('input[name="decision_letter-unsure"]').check();
      await continueButton(page).click();
      await expect(page.locator('.govuk-error-summary')).toContainText('not both');
      await axe(page);
    });

    test('"I am not sure, or all of it" and a section cannot both be chosen', async ({ page }) => {
      const plan = [['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'yes'], ['topic', 'la_decision'], ['event', 'final_plan_issued']];
      await page.goto(`/next-steps/question/disagree_with?${new URLSearchParams(plan).toString()}`);
      await page.locator('input[name="disagree_with"][value="B"]').check();
      await page.locator('input[name="disagree_with"][value="unsure"]').check();
      if (javaScriptEnabled) {
        // govuk-frontend's exclusive "or" pattern clears the sections.
        await expect(page.locator('input[name="disagree_with"][value="B"]')).not.toBeChecked();
      } else {
        await continueButton(page).click();
        await expect(page.locator('.govuk-error-summary')).toContainText('not both');
        await axe(page);
      }
    });
  });
}

test.describe('with JavaScript: govuk-frontend components', () => {
  test('Space on "Start now" starts', async ({ page }) => {
    await page.goto('/next-steps/start');
    const start = page.getByRole('button', { name: 'Start now' });
    await expect(start).toHaveAttribute('data-govuk-button-init', '');
    await start.focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/\/next-steps\/question\/who$/);
  });

  test('focus lands on the error summary after a failed submit', async ({ page }) => {
    await page.goto('/next-steps/question/who');
    await continueButton(page).click();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
  });

  test('the skip link is initialised', async ({ page }) => {
    await page.goto('/next-steps/start');
    await expect(page.locator('.govuk-skip-link')).toHaveAttribute('data-govuk-skip-link-init', '');
  });
});

test.describe('without JavaScript: links styled as buttons stay links', () => {
  test.use({ javaScriptEnabled: false });
  test('"Start now" is a link, and Enter follows it', async ({ page }) => {
    await page.goto('/next-steps/start');
    await expect(page.getByRole('button', { name: 'Start now' })).toHaveCount(0);
    const start = page.getByRole('link', { name: 'Start now' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/next-steps\/question\/who$/);
  });
});
