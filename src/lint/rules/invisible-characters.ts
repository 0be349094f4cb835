import { attributeFamily } from '../../parser/model/attributes/index.js';
import type { SdpLine } from '../../parser/model/line.js';
import { findHidden, textSegments, type HiddenChar } from '../../text/printable.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { textOf } from '../span.js';
import { defineRule } from '../rule.js';

/*
 * Control, bidi and zero-width characters (the set src/text/printable.ts
 * defines) in a description. No SDP grammar allows them in a token (RFC 8866
 * §9: token-char and byte-string exclude controls; the ICE, mid and rid
 * grammars are narrower still), and a browser compares the bytes: `a=mid:0`
 * followed by U+200B is a different mid that reads the same, and U+202E
 * makes `1.2.0.291` read `192.0.2.1`. Where they change a value the finding
 * is an error; in free text (s=, i=, attributes sdpkit does not know) a
 * warning, because nothing compares it but a person still reads it.
 */

/** At most this many findings per line; the last one counts the rest (hostile input stays small output). */
const PER_LINE = 5;

/** Lines that are free text for people: a hidden character there misleads a reader but changes no value. */
const TEXT_LINES: ReadonlySet<string> = new Set(['s', 'i', 'u', 'e', 'p', 'k']);

/** Field names by line (`m`) or attribute (`a=candidate`), from the RFC grammars; a name ending in `…` repeats. */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  v: ['protocol version'],
  o: ['username', 'sess-id', 'sess-version', 'nettype', 'addrtype', 'unicast-address'], // RFC 8866 §5.2
  c: ['nettype', 'addrtype', 'connection-address'], // RFC 8866 §5.7
  m: ['media', 'port', 'proto', 'fmt…'], // RFC 8866 §5.14
  'a=candidate': ['foundation', 'component-id', 'transport', 'priority', 'connection-address', 'port', 'typ', 'cand-type'], // RFC 8839 §5.1
  'a=rtpmap': ['payload type', 'encoding name/clock rate'], // RFC 8866 §6.6
  'a=fmtp': ['format', 'format parameters'], // RFC 8866 §6.15
  'a=rtcp-fb': ['payload type', 'feedback type', 'feedback parameter'], // RFC 4585 §4.2
  'a=extmap': ['id/direction', 'extension URI', 'extension attributes'], // RFC 8285 §5
  'a=fingerprint': ['hash function', 'fingerprint'], // RFC 8122 §5
  'a=msid': ['stream id', 'track id'], // RFC 8830 §2
  'a=rid': ['rid-id', 'direction', 'restrictions'], // RFC 8851 §10
  'a=ssrc': ['ssrc-id', 'source attribute'], // RFC 5576 §4.1
  'a=ssrc-group': ['semantics', 'ssrc-id…'], // RFC 5576 §4.2
  'a=group': ['semantics', 'mid…'], // RFC 5888 §5
  'a=mid': ['mid'], // RFC 5888 §4
  'a=ice-ufrag': ['ufrag'], // RFC 8839 §5.4
  'a=ice-pwd': ['password'],
  'a=setup': ['role'], // RFC 4145 §4
  'a=simulcast': ['send/recv', 'rid list', 'send/recv', 'rid list'], // RFC 8853 §5.1
};

function lineLabel(line: SdpLine): string {
  return line.type === 'a' && line.name !== undefined ? `a=${line.name}` : line.type === '' ? 'line' : `${line.type}=`;
}

function withoutHidden(text: string): string {
  return textSegments(text).map((s) => (s.kind === 'text' ? s.text : '')).join('');
}

/**
 * Whether the line's values are compared by a machine: every structural line and the attributes
 * sdpkit types (a hidden character in such an attribute's name hides the attribute from a browser).
 */
function meaningful(line: SdpLine): boolean {
  if (line.type === 'a') return line.name !== undefined && attributeFamily(withoutHidden(line.name)) !== undefined;
  return !TEXT_LINES.has(line.type);
}

/** The field of `line` that the character at `offset` is in, in words. */
function fieldAt(line: SdpLine, text: string, offset: number): string {
  const eq = text.indexOf('=');
  if (eq < 0 || offset < eq) return 'line type';
  let valueStart = eq + 1;
  if (line.type === 'a') {
    const colon = text.indexOf(':', valueStart);
    if (colon < 0 || offset < colon) return 'attribute name';
    valueStart = colon + 1;
  }
  const before = text.slice(valueStart, offset);
  const index = before.split(' ').length - 1;
  const names = FIELDS[line.type === 'a' ? `a=${line.name ?? ''}` : line.type];
  if (names === undefined) return 'value';
  const last = names[names.length - 1]!;
  if (index < names.length) return names[index]!.replace('…', '');
  if (last.endsWith('…')) return last.slice(0, -1);
  if (line.name === 'candidate') {
    // Past cand-type: name/value pairs (raddr 10.0.0.1 rport 9 generation 0 …).
    const tokens = text.slice(valueStart).split(' ');
    return (index - names.length) % 2 === 0 ? 'extension name' : `${tokens[index - 1] ?? 'extension'} value`;
  }
  return 'value';
}

function message(h: HiddenChar, field: string, label: string, meaning: boolean): string {
  const what = `${h.shown} (${h.name}) in the ${field} of \`${label}\``;
  return meaning ? `${what}: the value is not what it looks like` : `${what}: it shows nothing or reorders the text around it`;
}

export const rule = defineRule({
  id: 'invisible-characters',
  severity: 'error',
  scope: 'document',
  docs: {
    summary: 'A control, bidi or zero-width character in the SDP: an error where it changes a value, a warning in free text.',
    rationale:
      'No SDP token may hold a control character (RFC 8866 §9), and the ICE, mid and rid grammars allow only visible ASCII. ' +
      'Hidden characters come from copying out of a web page or a chat, or from an attacker: a zero-width space makes two mids ' +
      'that differ look equal, a right-to-left override makes `1.2.0.291` display as `192.0.2.1`, an ESC sequence in a log ' +
      'rewrites the terminal that shows it. Browsers compare the bytes, so the value is not the one people see. sdpkit shows ' +
      'controls as `\\xHH` and the others as `⟨U+HHHH⟩` everywhere it prints text.',
    ref: 'RFC 8866 §9',
    bad: sdp`
      ${HEAD}
      a=group:BUNDLE 0${'\u200b'}
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0${'\u200b'}
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
    good: sdp`
      ${HEAD}
      a=group:BUNDLE 0
      m=audio 9 UDP/TLS/RTP/SAVPF 111
      c=IN IP4 0.0.0.0
      a=mid:0
      a=ice-ufrag:EsAw
      a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
      a=fingerprint:${FINGERPRINT}
      a=setup:actpass
      a=rtcp-mux
      a=rtpmap:111 opus/48000/2
    `,
  },
  check({ document, report }) {
    for (const line of document.lines) {
      const text = textOf(line);
      const found = findHidden(text);
      if (found.length === 0) continue;
      const meaning = meaningful(line);
      const label = lineLabel(line);
      const shown = found.slice(0, PER_LINE);
      shown.forEach(({ offset, hidden }, i) => {
        const more = i === PER_LINE - 1 && found.length > PER_LINE ? ` (and ${found.length - PER_LINE} more on this line)` : '';
        report({
          line,
          start: offset,
          end: offset + hidden.char.length,
          severity: meaning ? 'error' : 'warning',
          message: message(hidden, fieldAt(line, text, offset), label, meaning) + more,
          hint: 'remove it: the sender or whatever copied the SDP put it there',
        });
      });
    }
  },
});
