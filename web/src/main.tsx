import '@utrecht/component-library-css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app/global.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { textsReady } from './app/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('No #root element in index.html');
// Someone who chose English sees English from the first paint, not Dutch first.
void textsReady.then(() => createRoot(container).render(<App />));
