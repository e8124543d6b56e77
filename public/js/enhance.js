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
