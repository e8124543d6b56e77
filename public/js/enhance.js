// Optional enhancement: fill in the page address and print date for printouts. The page works without it.
for (const el of document.querySelectorAll('[data-print-url]')) {
  const printed = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  el.textContent = `Printed on ${printed} from ${window.location.href}`;
}
