// First: configures zod before the library's schemas are built (see the file).
import './zod-jitless.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, initialState } from './App.js';
import './styles.css';

const root = document.getElementById('root');
if (root !== null) {
  void initialState(window.location.hash).then((props) => {
    createRoot(root).render(
      <StrictMode>
        <App {...props} />
      </StrictMode>,
    );
  });
}
