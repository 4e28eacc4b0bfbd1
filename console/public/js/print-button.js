// The "In trang này" button of the printable pages (poster, leaflet, report). An external
// script because the pages' Content-Security-Policy refuses inline handlers.
for (const button of document.querySelectorAll('[data-print]')) button.addEventListener('click', () => window.print());
