/*
 * Imported first by main.tsx, before the library builds its zod schemas.
 * zod compiles object parsers with the Function constructor unless told not to, and
 * probes for it when a schema is built; under this page's CSP (script-src
 * 'self', no 'unsafe-eval') that probe is blocked and reported as a
 * violation. jitless mode skips both; parsing stays correct, a little slower.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
