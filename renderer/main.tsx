import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiAvailable } from './api';
import { App } from './app/App';
import { StartFailedPage } from './app/StartPages';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    {isApiAvailable() ? (
      <App />
    ) : (
      <StartFailedPage message="Casework cannot reach its secure store. Close Casework and open it again." />
    )}
  </StrictMode>,
);
