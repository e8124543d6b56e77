// Renders a question's answer fields (views/questionnaire/question-fields.njk). A blank form (no
// answer yet, no error) is the same for everyone who reaches that question, so it is rendered once
// and kept: the govuk-frontend macros were most of a question page's render time (npm run profile).
import nunjucks from 'nunjucks';
import type { questionPage } from '../view-models/question-page.js';

type QuestionPageModel = ReturnType<typeof questionPage>;

// Keys come from the options defined in code, never from what a user typed, so the cache stays
// small; the cap is a safety net.
const MOST_BLANK_FORMS_KEPT = 1000;

function isBlank(page: QuestionPageModel): boolean {
  const { day, month, year } = page.dateParts;
  return !page.error && !page.unsureChecked && !page.numberValue && !day && !month && !year && page.items.every((i) => !i.checked);
}

export function createFieldRenderer(views: nunjucks.Environment): (page: QuestionPageModel) => nunjucks.runtime.SafeString {
  const blankForms = new Map<string, nunjucks.runtime.SafeString>();
  const render = (page: QuestionPageModel) => new nunjucks.runtime.SafeString(views.render('questionnaire/question-fields.njk', page));
  return (page) => {
    if (!isBlank(page)) return render(page);
    const key = `${page.question.id} ${JSON.stringify(page.items)}`;
    let html = blankForms.get(key);
    if (!html) {
      html = render(page);
      if (blankForms.size < MOST_BLANK_FORMS_KEPT) blankForms.set(key, html);
    }
    return html;
  };
}
