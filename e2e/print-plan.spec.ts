// Issue 10 item 8, "one page to take to a meeting": printed on A4, a typical plan takes at most
// 2 pages, and page 1 holds the first action, what you told us, the key dates and the helpline.
// The server runs on the real clock, so answer dates are made relative to today; the expected first
// action is fixed per plan, and the dates to find on page 1 are read from the page itself.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** Today in London, minus some days, as YYYY-MM-DD. */
function daysAgo(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

interface PrintCase {
  name: string;
  firstRoute: string;
  answers: () => [string, string][];
}

/** An appeal about a plan; `disagreeWith` lists the plan's sections as the form sends them ("B,F,I"). */
const appealAnswers = (who: string, setting: string, event: string, disagreeWith: string): [string, string][] => [
  ['who', who], ['setting', setting], ['has_ehc_plan', 'yes'], ['topic', 'la_decision'], ['event', event], ['disagree_with', disagreeWith],
  ['decision_letter', daysAgo(10)], ['decision_email_sent', 'no'], ['mediation_stage', 'none'],
];

const CASES: PrintCase[] = [
  {
    name: 'permanent exclusion',
    firstRoute: 'governing_board_review',
    answers: () => [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'permanent_exclusion'], ['school_run_by', 'unsure'],
      ['exclusion_notice', daysAgo(2)], ['exclusion_starts', daysAgo(1)], ['board_notified', 'unknown'], ['has_holidays', 'unsure'], ['disability_related', 'yes'],
    ],
  },
  {
    name: 'suspension of 6 school days',
    firstRoute: 'governing_board_review',
    answers: () => [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'setting'], ['event', 'suspension'], ['school_run_by', 'school'],
      ['suspension_notice', daysAgo(2)], ['suspension_starts', daysAgo(1)], ['suspension_days_this_term', '6'], ['suspension_length_days', '6'],
      ['misses_public_exam', 'no'], ['representations_made', 'no'], ['board_notified', 'unknown'], ['has_holidays', 'unsure'], ['disability_related', 'yes'],
    ],
  },
  {
    name: 'late LA (the 6-week decision on whether to assess was missed)',
    firstRoute: 'chase_la',
    answers: () => [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_waiting'], ['event', 'la_delay'],
      ['request_received_by_la', daysAgo(70)], ['la_agreed_to_assess', 'unknown'],
    ],
  },
  {
    name: 'refused assessment',
    firstRoute: 'mediation_advice',
    answers: () => [
      ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_decision'], ['event', 'la_refused_assessment'],
      ['decision_letter', daysAgo(10)], ['decision_email_sent', 'no'], ['mediation_stage', 'none'],
    ],
  },
  { name: 'appeal against a final plan', firstRoute: 'mediation_advice', answers: () => appealAnswers('parent', 'school', 'final_plan_issued', 'B,F,I') },
  { name: 'section I only', firstRoute: 'send_tribunal_appeal', answers: () => appealAnswers('parent', 'school', 'amended_plan_issued', 'I') },
  { name: 'young person appealing a final plan', firstRoute: 'mediation_advice', answers: () => appealAnswers('young_person', 'college', 'final_plan_issued', 'F') },
];

/** pdftotext breaks lines (and drops a hyphen at a break) where the page did, so compare without them. */
const squeeze = (text: string) => text.replace(/[\s-]+/g, '');

function pdfText(file: string, pages?: [number, number]): string {
  const range = pages ? ['-f', String(pages[0]), '-l', String(pages[1])] : [];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' });
}

function pageCount(file: string): number {
  const pages = /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
  expect(pages, 'pdfinfo reports a page count').toBeDefined();
  return Number(pages);
}

/** What page 1 must show, read from the screen before printing. */
async function expectedOnPageOne(page: Page) {
  const panel = page.locator('#first-action');
  return {
    title: (await panel.locator('.govuk-body-l').innerText()).trim(),
    helpline: (await page.locator('#first-action-helpline a[href^="tel:"]').innerText()).trim(),
    dates: (await page.locator('.app-deadlines .app-deadline td:first-child strong').allInnerTexts()).map((d) => d.trim()),
  };
}

for (const c of CASES) {
  test(`${c.name}: the plan prints on at most 2 A4 pages, with the first action, the answers, the key dates and the helpline on page 1`, async ({ page }, testInfo) => {
    const query = new URLSearchParams(c.answers()).toString();
    await page.goto(`/next-steps/result?${query}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Your next steps' })).toBeVisible();
    await expect(page.locator('#first-action')).toHaveAttribute('data-route', c.firstRoute);
    const want = await expectedOnPageOne(page);
    expect(want.dates.length).toBeGreaterThan(0);
    const deadlineCount = want.dates.length;

    await page.emulateMedia({ media: 'print' });
    // About the width of A4 between margins: nothing may stick out.
    await page.setViewportSize({ width: 718, height: 1000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);

    const file = testInfo.outputPath('plan.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', tagged: true }));
    const pages = pageCount(file);
    testInfo.annotations.push({ type: 'pages', description: String(pages) });
    expect(pages).toBeLessThanOrEqual(2);

    const first = pdfText(file, [1, 1]);
    const firstSqueezed = squeeze(first);
    expect(first).toContain('Do this first');
    expect(firstSqueezed).toContain(squeeze(want.title));
    expect(first).toContain('You told us');
    expect(first).toContain('Key dates');
    for (const date of want.dates) expect(firstSqueezed).toContain(squeeze(date));
    expect(first).toContain(want.helpline);
    // In that order: the first action, then the answers, then the key dates.
    expect(first.indexOf('Do this first')).toBeLessThan(first.indexOf('You told us'));
    expect(first.indexOf('You told us')).toBeLessThan(first.indexOf('Key dates'));

    // The steps follow the key dates, and every date still prints its working out and its source.
    const all = pdfText(file);
    expect(all.indexOf('Your steps, in order')).toBeGreaterThan(all.indexOf('Key dates'));
    expect(all.match(/How we worked this out:/g)).toHaveLength(deadlineCount);
    expect(all.match(/Source: /g)).toHaveLength(deadlineCount);
    expect(all).toMatch(/Dates worked out on \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(all.match(/Printed from:/g)).toHaveLength(1);
    expect(squeeze(all)).toContain(squeeze(`/next-steps/result?${query}`));
  });
}

test('a plan with no dates yet prints, on page 1, the box saying how to find the date above the key dates text that points to it', async ({ page }, testInfo) => {
  const query = new URLSearchParams([
    ['who', 'parent'], ['setting', 'school'], ['has_ehc_plan', 'no'], ['topic', 'la_decision'], ['event', 'la_refused_assessment'],
    ['decision_letter', 'unknown'], ['decision_email_sent', 'no'], ['decision_received', 'unknown'], ['mediation_stage', 'none'],
  ]).toString();
  await page.goto(`/next-steps/result?${query}`);
  await expect(page.locator('[data-deadline]')).toHaveCount(0);
  await expect(page.locator('#deadlines + p')).toContainText('The box above says how to find it');
  await page.emulateMedia({ media: 'print' });
  const file = testInfo.outputPath('plan.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', tagged: true }));
  expect(pageCount(file)).toBeLessThanOrEqual(2);
  const first = pdfText(file, [1, 1]);
  const box = first.indexOf('You were not sure of the date on the decision letter');
  expect(box).toBeGreaterThan(first.indexOf('You told us'));
  expect(box).toBeLessThan(first.indexOf('The box above says how to find it'));
  expect(first).toContain('01908 254518');
});
