import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pageForPath } from './app/lazy-pages';
import { createBrowserServices } from './app/services';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount the app in');

function render(container: HTMLElement) {
  createRoot(container).render(
    <StrictMode>
      <App services={createBrowserServices()} />
    </StrictMode>,
  );
}

// A deep link (#/review, #/session/…) waits for its page's code rather than showing a loading
// fallback first, which React would keep on screen for at least 300 ms.
const page = pageForPath(window.location.hash.replace(/^#/, '') || '/');
if (page) void page.preload().then(() => render(root), () => render(root));
else render(root);
