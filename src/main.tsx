// Browser entry: mounts the triage for the collection flow.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundle from 'virtual:flow-bundle';
import { App } from './ui/App.tsx';
import { Shell } from './ui/Shell.tsx';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Shell>
        <App bundle={bundle} flowId="collection-triage" />
      </Shell>
    </StrictMode>,
  );
}
