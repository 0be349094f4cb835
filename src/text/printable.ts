/*
 * Text shown to a person (a terminal, the page) must show what is there and
 * do nothing else. An SDP from the other peer is attacker-controlled: an ESC
 * sequence clears a terminal or sets its title, a bidi override makes
 * `1.2.0.291` display as `192.0.2.1`, a zero-width space makes two mids that
 * differ look equal. Those characters are replaced by a visible escape; every
 * other character, line breaks (LF, CRLF) and tabs included, is kept; a lone
 * CR, which moves a terminal's cursor back over the line, is shown. Machine output
 * (the SDP itself, JSON, SARIF) keeps the exact text and does not use this.
 */

/** Characters that act instead of showing, or show nothing (Unicode TR 9 controls, zero-width, separators). */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/** `text` with every control, bidi, zero-width and lone surrogate character shown as `\xHH` or `\u{HHHH}`. */
export function printable(text: string): string {
  return text.replace(INVISIBLE, escape);
}
