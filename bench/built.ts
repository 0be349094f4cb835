/*
 * The built library, as a consumer gets it: `sdpkit` resolves to packages/sdpkit/dist
 * (npm run bench builds first). Typed from the sources it is built from, so that
 * `npm run typecheck` does not need a build.
 */
import type * as Sdpkit from '../src/index.js';

const specifier: string = 'sdpkit';
export const sdpkit = (await import(specifier)) as typeof Sdpkit;
