import '@utrecht/component-library-css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app/global.css';
import './app/i18n';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('No #root element in index.html');
createRoot(container).render(<App />);
