import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createBrowserServices } from './app/services';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to mount the app in');

createRoot(root).render(
  <StrictMode>
    <App services={createBrowserServices()} />
  </StrictMode>,
);
