// First: configures zod before the library's schemas are built (see the file).
import './zod-jitless.js';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

const root = document.getElementById('root');
if (root !== null) {
  // index.html paints a shell (header, input boxes) at once; the inspector and the library,
  // most of the page's bytes, load as a separate chunk and replace it.
  void import('./App.js').then(async ({ App, initialState }) => {
    // A task boundary between running the chunk (the library's tables and parser) and the first
    // analysis and render, so neither holds the main thread for the time of both.
    await new Promise((next) => setTimeout(next, 0));
    const props = await initialState(window.location.hash);
    // A transition: React renders the first page in slices of a few ms instead of one long task
    // (the analysis itself runs in the worker, engine.ts).
    const reactRoot = createRoot(root);
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <App {...props} />
        </StrictMode>,
      ),
    );
  });
}
