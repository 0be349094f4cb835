/*
 * The page's analysis worker (engine.ts starts it, worker-protocol.ts is the
 * protocol and the handler). zod-jitless first: the page's CSP applies here too.
 */
import './zod-jitless.js';
import { createHandler, type Reply, type Request } from './worker-protocol.js';

const scope = self as unknown as { postMessage(message: Reply): void; onmessage: ((e: MessageEvent<Request>) => void) | null };
const handle = createHandler((reply) => scope.postMessage(reply));
scope.onmessage = (e) => handle(e.data);
