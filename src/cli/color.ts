/*
 * Plain ANSI colours. Whether to use them is decided once, at the process
 * boundary, from the environment (https://no-color.org, FORCE_COLOR) and
 * whether stdout is a terminal; everything else receives a Paint.
 *
 * A Paint does not write ESC itself: it writes a marker that carries a random
 * key chosen when this module loads, and withColors() (called by the CLI's one
 * output choke point, output.ts, after the text has been sanitised) turns the
 * markers into SGR sequences. The sanitiser shows every ESC of the input as
 * `\x1B`, and an input cannot hold a marker because it cannot know the key:
 * our colours reach the terminal, and no input can forge one.
 */

export type Tone = 'error' | 'warning' | 'info' | 'ok' | 'dim' | 'heading' | 'accent';

export interface Paint {
  readonly enabled: boolean;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
  /** The colour of a tone (used by the text renderings shared with the terminal UI). */
  tone(tone: Tone | undefined, s: string): string;
}

/** FORCE_COLOR (anything but `0`/`false`) forces colours; NO_COLOR (non-empty) turns them off; else only on a terminal. */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  const no = env['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  if (force === '0' || force === 'false') return false;
  return isTTY;
}

/** 64 random bits as hex: private-use characters around it survive the sanitiser, which keeps everything printable. */
const KEY = [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
const MARKER = new RegExp(`\uE000${KEY}(\\d+)\uE001`, 'g');

function mark(code: number): string {
  return `\uE000${KEY}${code}\uE001`;
}

/** Text painted by a Paint, as the terminal receives it: each marker becomes its SGR sequence (ESC [ n m). */
export function withColors(text: string): string {
  return text.replace(MARKER, (_m, code: string) => `\u001b[${code}m`);
}

function sgr(open: number, close: number, enabled: boolean): (s: string) => string {
  return enabled ? (s) => (s === '' ? s : `${mark(open)}${s}${mark(close)}`) : (s) => s;
}

export function paint(enabled: boolean): Paint {
  const red = sgr(31, 39, enabled);
  const yellow = sgr(33, 39, enabled);
  const cyan = sgr(36, 39, enabled);
  const green = sgr(32, 39, enabled);
  const dim = sgr(2, 22, enabled);
  const bold = sgr(1, 22, enabled);
  const underline = sgr(4, 24, enabled);
  const tones: Record<Tone, (s: string) => string> = {
    error: red,
    warning: yellow,
    info: cyan,
    ok: green,
    dim,
    heading: bold,
    accent: cyan,
  };
  return {
    enabled,
    red,
    yellow,
    cyan,
    green,
    dim,
    bold,
    underline,
    tone: (tone, s) => (tone === undefined ? s : tones[tone](s)),
  };
}

/** The Ink colour name of a tone, for the terminal UI. */
export function inkColor(tone: Tone | undefined): string | undefined {
  switch (tone) {
    case 'error': return 'red';
    case 'warning': return 'yellow';
    case 'info': return 'cyan';
    case 'ok': return 'green';
    case 'accent': return 'cyan';
    default: return undefined;
  }
}
