// Optional enhancement: on paper copies, show the full page address (with the answers a result page
// carries in its URL) and the date it was printed. Without JavaScript the page still prints its path.
const url = document.querySelector('[data-print-url]');
if (url) url.textContent = window.location.href;

const printed = document.querySelector('[data-print-date]');
function stampPrintDate() {
  if (!printed) return;
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  printed.textContent = `Printed on ${today}`;
  printed.hidden = false;
}
stampPrintDate();
window.addEventListener('beforeprint', stampPrintDate);

// govuk-frontend's components, from the site itself (no inline script, so the CSP stays strict).
// Links styled as buttons get role="button" only here, where the Button module makes Space work.
async function startGovukFrontend() {
  const script = document.querySelector('script[data-govuk-frontend]');
  const src = script && script.getAttribute('data-govuk-frontend');
  if (!src || !document.body.classList.contains('govuk-frontend-supported')) return;
  const { Button, Checkboxes, ErrorSummary, SkipLink, createAll } = await import(src);
  for (const link of document.querySelectorAll('a.govuk-button[data-module="govuk-button"]')) link.setAttribute('role', 'button');
  createAll(Button);
  createAll(Checkboxes);
  createAll(ErrorSummary);
  createAll(SkipLink);
}
startGovukFrontend().catch(() => {
  // Without the components every page still works: links, forms and the error summary are plain HTML.
});

// Letters: "Copy the text" only exists when this script runs (the button is hidden in the HTML).
const copyButton = document.querySelector('[data-copy-from]');
if (copyButton && navigator.clipboard) {
  const source = document.getElementById(copyButton.getAttribute('data-copy-from'));
  const status = document.getElementById('copy-letter-status');
  copyButton.hidden = false;
  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source ? source.textContent : '');
      if (status) status.textContent = 'The letter has been copied. You can paste it into an e-mail or a document.';
    } catch {
      if (status) status.textContent = 'Your browser did not let us copy the text. Select the letter and copy it instead.';
    }
  });
}
