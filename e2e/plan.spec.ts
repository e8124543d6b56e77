// The next-steps page as an action plan (issue 10): the "Do this first" panel, the numbered steps
// and the clock of others' duties, with JavaScript on and off, axe-clean and usable by keyboard.
// The server runs on the real clock, so dates are made relative to today and the checks are about
// structure (ids, data attributes, roles), not fixed dates.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.js';


/** Today in London, minus some days, as YYYY-MM-DD (the exclusion happened recently). */
function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

const exclusion = () =>
  new URLSearchParams([
    ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion'], ['school_run_by', 'unsure'],
    ['exclusion_notice', daysAgo(2)], ['exclusion_starts', daysAgo(1)], ['board_notified', 'unknown'], ['has_holidays', 'unsure'], ['disability_related', 'yes'],
  ]).toString();

const lateLa = () =>
  new URLSearchParams([
    ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_waiting'], ['event', 'la_delay'],
    ['request_received_by_la', daysAgo(70)], ['la_agreed_to_assess', 'unknown'],
  ]).toString();

const refusedAssessment = () =>
  new URLSearchParams([
    ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_decision'], ['event', 'la_refused_assessment'],
    ['decision_letter', daysAgo(10)], ['decision_email_sent', 'no'], ['mediation_stage', 'none'],
  ]).toString();

/** axe runs in the page, so only with JavaScript on; the HTML is the same either way. */
async function checkPlan(page: Page, axe: boolean): Promise<void> {
  const expectNoAxeViolationsIfOn = async (p: Page) => (axe ? expectNoAxeViolations(p) : undefined);
  // An exclusion: the board leads, with the LA's sixth-day education duty, and the panel is step 2.
  await page.goto(`/next-steps/result?${exclusion()}`);
  const panel = page.locator('#first-action');
  await expect(panel.getByRole('heading', { name: 'Do this first' })).toBeVisible();
  await expect(panel).toHaveAttribute('data-route', 'governing_board_review');
  await expect(panel).toContainText('The governing board must meet to consider taking your child back by');
  await expect(panel).toContainText('full-time education from');
  await expect(panel.locator('.app-time-left')).toHaveText(/\((today|tomorrow|\d+ days? from today|\d+ weeks?( and \d+ days?)? from today)\)/);
  await expect(page.locator('#first-action-helpline a[href^="tel:"]')).toHaveCount(1);
  const steps = page.locator('.app-step-nav > li');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toHaveAttribute('data-route', 'governing_board_review');
  await expect(steps.nth(1)).toHaveAttribute('data-route', 'independent_review_panel');
  await expect(page.locator('#alongside')).toBeVisible();
  await expect(page.locator('[data-alongside] >> nth=0')).toBeVisible();
  const clock = page.locator('#clock');
  await expect(clock.getByRole('heading', { name: 'What the LA or school must do' })).toBeVisible();
  await expect(clock.locator('[data-duty="governing_board_consider_reinstatement"][data-status="due"]')).toHaveCount(1);
  await expectNoAxeViolationsIfOn(page);

  // A late LA: writing to the LA leads, and the clock says by how many days it missed its date.
  await page.goto(`/next-steps/result?${lateLa()}`);
  await expect(page.locator('#first-action')).toHaveAttribute('data-route', 'chase_la');
  await expect(page.locator('#clock [data-duty="la_decision_whether_to_assess"][data-status="missed"]')).toContainText(/Missed by \d+ days\./);
  await expectNoAxeViolationsIfOn(page);

  // A refused assessment: the mediation adviser, then mediation, then the appeal.
  await page.goto(`/next-steps/result?${refusedAssessment()}`);
  await expect(page.locator('#first-action')).toHaveAttribute('data-route', 'mediation_advice');
  await expect(page.locator('.app-step-nav > li')).toHaveCount(3);
  await expect(page.locator('.app-step-nav > li').nth(2)).toHaveAttribute('data-route', 'send_tribunal_appeal');
  await expect(page.locator('[data-deadline="contact_mediation_adviser"]')).toContainText('Last safe day');
  await expectNoAxeViolationsIfOn(page);
}

test('the plan: panel, steps and clock, with JavaScript', async ({ page }) => {
  test.setTimeout(90_000);
  await checkPlan(page, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the plan: panel, steps and clock, without JavaScript', async ({ page }) => {
    test.setTimeout(90_000);
    await checkPlan(page, false);
  });
});

test('the first action and the helpline can be reached by keyboard, with focus shown', async ({ page }) => {
  await page.goto(`/next-steps/result?${exclusion()}`);
  let onHelpline = false;
  for (let i = 0; i < 40 && !onHelpline; i += 1) {
    await page.keyboard.press('Tab');
    onHelpline = await page.evaluate(() => Boolean(document.activeElement?.closest('#first-action-helpline')));
  }
  expect(onHelpline).toBe(true);
  const focusStyle = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { outline: style.outlineStyle, shadow: style.boxShadow, background: style.backgroundColor };
  });
  expect(focusStyle.outline !== 'none' || focusStyle.shadow !== 'none').toBe(true);
  await page.keyboard.press('Tab');
  // The next stop is the first step's "Read more" link: the steps follow the panel in reading order.
  const next = await page.evaluate(() => document.activeElement?.closest('[data-route]')?.getAttribute('data-route') ?? document.activeElement?.tagName);
  expect(next).toBe('governing_board_review');
});

test('a 320px wide screen shows the plan without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/next-steps/result?${exclusion()}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
