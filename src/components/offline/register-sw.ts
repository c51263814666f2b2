/**
 * Registers the service worker and, when a new version has installed, offers a reload. The new
 * version only takes over when the person asks (Workbox's worker waits for SKIP_WAITING), so nothing
 * half-typed is lost to a surprise reload. Written against the browser API directly: it is on every
 * page, and workbox-window would cost the tool pages their JavaScript budget.
 */

function showPrompt(onReload: () => void) {
  if (document.querySelector('.hb-update')) return;
  const box = document.createElement('div');
  box.className = 'hb-update';
  box.setAttribute('role', 'status');
  // Fixed markup, no user text: cheaper on every page than building each node.
  box.innerHTML =
    '<span>A new version of the handbook is available.</span><button type="button">Reload</button><button type="button">Not now</button>';
  const [reload, later] = box.querySelectorAll('button');
  reload!.onclick = onReload;
  later!.onclick = () => box.remove();
  document.body.append(box);
}

function offer(waiting: ServiceWorker) {
  showPrompt(() => {
    navigator.serviceWorker.oncontrollerchange = () => location.reload();
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
}

async function register() {
  const registration = await navigator.serviceWorker.register('/sw.js');
  // A version that installed while no tab reloaded is still waiting: offer it now.
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
    });
  });
}

if ('serviceWorker' in navigator) {
  register().catch(() => {
    /* the site works without offline support */
  });
}
