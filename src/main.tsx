import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pageForPath } from './app/lazy-pages';
import { createBrowserServices } from './app/services';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount the app in');

// A deep link (#/review, #/session/…) starts fetching its page's code now, not after the first render.
void pageForPath(window.location.hash)?.preload().catch(() => {});

createRoot(root).render(
  <StrictMode>
    <App services={createBrowserServices()} />
  </StrictMode>,
);
