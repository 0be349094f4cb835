import { execFileSync, spawnSync } from 'node:child_process';

/*
 * The network namespace every script that starts a browser runs in: the
 * script re-executes itself under `unshare --net` with only loopback up, and
 * checks that it really is there before it launches anything. Used by
 * scripts/fixtures-dumps.ts, scripts/fixtures-pairs.ts and test/oracle/run.ts.
 */

/**
 * Outside the namespace (the environment variable `marker` unset): runs this
 * very command again inside a new network namespace with loopback up, with
 * `marker=1`, and exits with its status; never returns. Inside: returns.
 */
export function reexecInLoopbackNamespace(marker: string, args: readonly string[] = process.argv.slice(2)): void {
  if (process.env[marker] === '1') return;
  const script = process.argv[1] as string;
  const child = spawnSync('unshare', ['--net', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', process.execPath, ...process.execArgv, script, ...args], {
    stdio: 'inherit',
    env: { ...process.env, [marker]: '1' },
  });
  if (child.error !== undefined) throw child.error;
  process.exit(child.status ?? 1);
}

/** Throws unless this process is in a network namespace whose only interface is loopback, up. `what` completes "refusing to launch …". */
export function assertLoopbackOnly(what = 'the browser'): void {
  const links = execFileSync('ip', ['-o', 'link'], { encoding: 'utf8' }).trim().split('\n');
  const names = links.map((l) => l.split(':')[1]?.trim());
  if (links.length !== 1 || names[0] !== 'lo' || !/[<,]UP[,>]/.test(links[0] ?? '')) {
    throw new Error(`refusing to launch ${what}: the network namespace must have only loopback up, \`ip -o link\` shows:\n${links.join('\n')}`);
  }
}

/**
 * Chromium for a page that runs RTCPeerConnections in the namespace: headless,
 * fake camera and microphone, and host candidates on 127.0.0.1 (loopback is
 * not gathered by default, and with mDNS hiding on it would be a .local name).
 */
export const LOOPBACK_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];
