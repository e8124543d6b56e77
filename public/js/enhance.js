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
