/**
 * Registers the service worker and, when a new version has installed, offers a reload. The new
 * version only takes over when the person asks, so nothing half-typed is lost to a surprise reload.
 */
import { Workbox } from 'workbox-window';

function showPrompt(onReload: () => void) {
  if (document.querySelector('.hb-update')) return;
  const box = document.createElement('div');
  box.className = 'hb-update';
  box.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'A new version of the handbook is available.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', onReload);
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Not now';
  later.addEventListener('click', () => box.remove());
  box.append(text, reload, later);
  document.body.append(box);
}

if ('serviceWorker' in navigator) {
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    showPrompt(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register().catch(() => {
    /* the site works without offline support */
  });
}
