import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/providers';
import { localeStore } from './i18n/locale-store';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first page is drawn in the person's language, not drawn in English and then switched.
void localeStore.init().finally(() => {
  createRoot(root).render(
    <StrictMode>
      <Providers />
    </StrictMode>,
  );
});
