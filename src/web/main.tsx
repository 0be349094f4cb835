// First: configures zod before the library's schemas are built (see the file).
import './zod-jitless.js';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

const root = document.getElementById('root');
if (root !== null) {
  // index.html paints a shell (header, input boxes) at once; the inspector and the library,
  // most of the page's bytes, load as separate chunks and replace it. A module graph is evaluated
  // in one task, so the library (its tables, the parser generator, zod) and the views are imported
  // one after the other with a task boundary between them, and another before the first render.
  // The main thread never builds the grammar: the analysis runs in the worker (engine.ts).
  const nextTask = (): Promise<unknown> => new Promise((next) => setTimeout(next, 0));
  void import('../index.js')
    .then(nextTask)
    .then(() => import('./App.js'))
    .then(async ({ App, initialState }) => {
      await nextTask();
      const props = await initialState(window.location.hash);
      // A transition: React renders the first page in slices of a few ms instead of one long task.
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
