import './styles.css';
import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { restoreSession } from './auth/session';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

restoreSession();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
