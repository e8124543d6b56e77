// What the Playwright specs share: the WCAG 2.2 AA axe check, and answering one question of the
// questionnaire the way a user does (date boxes, "I am not sure", radios and checkboxes).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { QUESTIONS } from '../src/questionnaire/questions.js';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const kindOf = new Map(QUESTIONS.map((q) => [q.id, q.kind]));

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id} on ${page.url()}`)).toEqual([]);
}

/** Answers question `id` with its URL value ("unknown" ticks "I am not sure") and presses Continue. */
export async function answer(page: Page, id: string, value: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/next-steps/question/${id}(\\?|$)`));
  const kind = kindOf.get(id);
  if ((kind === 'date' || kind === 'number') && value === 'unknown') {
    await page.locator(`input[name="${id}-unsure"]`).check();
  } else if (kind === 'date') {
    const [y, m, d] = value.split('-');
    await page.locator(`#${id}-day`).fill(String(Number(d)));
    await page.locator(`#${id}-month`).fill(String(Number(m)));
    await page.locator(`#${id}-year`).fill(y ?? '');
  } else if (kind === 'number') {
    await page.locator(`#${id}`).fill(value);
  } else {
    for (const v of value.split(',')) await page.locator(`input[name="${id}"][value="${v}"]`).check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}
