import type { SdpLine } from '../../parser/model/line.js';
import { FINGERPRINT, HEAD, sdp } from '../examples.js';
import { defineRule, type Finding } from '../rule.js';

/*
 * The line reader of each browser, replayed:
 *
 * libwebrtc (pc/webrtc_sdp.cc GetLine, ParseSessionDescription,
 * ParseMediaDescription, ParseContent, ParseConnectionData) cuts the text at
 * each '\n', drops one trailing '\r', and accepts a line only if it has at
 * least three characters, starts with a lower-case letter followed by '=',
 * and has no space right after '=' (s= excepted). The session part is read as
 * a fixed sequence (v o s, then optional i u e p c, any b, at least one t with
 * its r lines, optional z k, any a): the first line that does not fit ends it,
 * with "Expect line: <type>=" where a required line was due and "Expects m
 * line." after t=. Inside a media section a line GetLine refuses is "Invalid
 * SDP line."; other line types are ignored. The m= port must be a plain
 * number and a c= address may not carry a /ttl or /count (no multicast).
 *
 * sipcc (Firefox third_party/sipcc/sdp_main.c sdp_parse) stops reading,
 * without an error of its own, at a line that starts with no `<type>=`
 * token; then its validation fails if that left the description without an
 * o= or a t= line. Firefox also refuses any non-ASCII character before sipcc
 * sees the text (dom/media/webrtc/jsep/JsepSessionImpl.cpp
 * SetRemoteDescription).
 */

const GOOD = sdp`
  ${HEAD}
  m=audio 9 UDP/TLS/RTP/SAVPF 111
  c=IN IP4 0.0.0.0
  a=mid:0
  a=ice-ufrag:EsAw
  a=ice-pwd:bP+XJMM09aR8AiX1jdukzR6Y
  a=fingerprint:${FINGERPRINT}
  a=setup:actpass
  a=rtcp-mux
  a=rtpmap:111 opus/48000/2
`;

/** Whether libwebrtc's GetLine takes the line (the text has no end-of-line). */
function chromeReads(text: string): boolean {
  const t = text.endsWith('\r') ? text.slice(0, -1) : text;
  if (t.length < 3) return false;
  const c = t.charCodeAt(0);
  if (c < 0x61 || c > 0x7a || t[1] !== '=') return false;
  return t[0] === 's' || t[2] !== ' ';
}

/** What is wrong with a line Chrome's GetLine refuses, for people. */
function whyRefused(text: string): string {
  if (text.trim() === '') return 'blank line';
  if (/^[ \t]/.test(text)) return 'white space before the type letter';
  if (text.length < 3) return `\`${text}\` is shorter than three characters${text === 's=' ? ' (write `s=-` for an empty session name)' : ''}`;
  if (/^[A-Z]=/.test(text)) return `the type letter of \`${text.slice(0, 2)}\` is upper case`;
  if (text[1] !== '=') return 'not a `<type>=<value>` line';
  return 'a space right after `=`';
}

/** The session part in libwebrtc's order: [type, required, repeatable]. */
const SESSION: readonly (readonly [string, boolean, boolean])[] = [
  ['v', true, false], ['o', true, false], ['s', true, false],
  ['i', false, false], ['u', false, false], ['e', false, false], ['p', false, false], ['c', false, false],
  ['b', false, true], ['t', true, false],
];
const AFTER_TIMING = ['z', 'k'];

/** sipcc's first line that has no `<type>=` token, if it comes before the o= or t= line. */
function sipccStop(lines: readonly SdpLine[]): { line: SdpLine; missing: 'o' | 't'; first: boolean } | undefined {
  let sawOrigin = false;
  for (const [k, line] of lines.entries()) {
    const text = line.source?.text ?? '';
    if (/^[a-zA-Z]=/.test(text)) {
      if (text[0] === 'o') sawOrigin = true;
      if (text[0] === 't') return undefined;
      if (text[0] === 'm') return undefined;
      continue;
    }
    return { line, missing: sawOrigin ? 't' : 'o', first: k === 0 };
  }
  return undefined;
}

/**
 * What libwebrtc's ParseCandidate refuses beyond the parser's grammar: a
 * transport other than udp, tcp or ssltcp (any case), a type other than host, srflx,
 * prflx or relay (exact case), a priority above 2^32 − 1, a port above 65535.
 */
function checkCandidate(line: SdpLine, raw: string, offset: number, out: Finding[]): void {
  const f = raw.split(' ');
  if (f.length < 8 || f[6] !== 'typ') return; // the parser reports these
  const span = (i: number): { start: number; end: number } => {
    const start = offset + f.slice(0, i).reduce((n, x) => n + x.length + 1, 0);
    return { start, end: start + (f[i]?.length ?? 0) };
  };
  const transport = (f[2] ?? '').toLowerCase();
  if (transport !== 'udp' && transport !== 'tcp' && transport !== 'ssltcp') {
    out.push({ line, ...span(2), case: 'candidate-transport', message: `candidate transport \`${f[2] ?? ''}\`: Chrome takes only udp, tcp and ssltcp and refuses the description` });
  }
  if (!['host', 'srflx', 'prflx', 'relay'].includes(f[7] ?? '')) {
    out.push({ line, ...span(7), case: 'candidate-type', message: `candidate type \`${f[7] ?? ''}\`: Chrome takes only host, srflx, prflx and relay, in lower case, and refuses the description` });
  }
  const priority = f[3] ?? '';
  if (/^\d+$/.test(priority) && Number(priority) > 0xffffffff) {
    out.push({ line, ...span(3), case: 'candidate-range', message: `candidate priority ${priority} does not fit 32 bits: Chrome refuses the description` });
  }
  const port = f[5] ?? '';
  if (/^\d+$/.test(port) && Number(port) > 65535) {
    out.push({ line, ...span(5), case: 'candidate-range', message: `candidate port ${port} is above 65535: Chrome refuses the description` });
  }
}

export const rule = defineRule({
  id: 'line-syntax',
  severity: 'warning',
  scope: 'document',
  replaces: ['blank-line', 'missing-final-eol', 'leading-whitespace'],
  docs: {
    summary:
      'A line a browser\'s SDP reader refuses: a blank, indented or too short line, a session line out of Chrome\'s order, a last line without line break, an m= port with a count, a multicast c= address, a non-ASCII character.',
    rationale:
      'Chrome reads SDP line by line up to each LF: a line that is empty, starts with white space, is shorter than three characters ' +
      '(`s=` with an empty session name: RFC 8866 §5.3 asks for `s= ` or `s=-`) or is not ended by a line break fails with "Invalid ' +
      'SDP line.", and the session part must come in RFC order (a line out of place ends it: "Expect line: t=", "Expects m line."). ' +
      'It also takes no port count on m= ("The port number is invalid") and no multicast c= address. Firefox stops reading at a line ' +
      'without a type, which leaves it without o= or t= when that happens early, and refuses any non-ASCII character. Bare CR line ' +
      'endings are reported once, since Chrome sees only one long line.',
    ref: 'RFC 8866 §5',
    bad: GOOD.replace('s=-', 's=').slice(0, -2),
    good: GOOD,
  },
  check({ document, report }) {
    const lines = document.lines;
    const out: Finding[] = [];
    let bareCr = 0;
    for (const line of lines) if (line.source?.eol === '\r') bareCr++;
    // A document built from values has no text to read line by line.
    if (lines.length === 0 || lines.some((l) => l.source === undefined)) return;

    // Chrome's session part, read in its fixed order.
    let i = 0;
    let sessionEnd = lines.length; // index of the first media line
    if (bareCr === 0) {
      let step = 0;
      let failed = false;
      const text = (k: number): string => lines[k]?.source?.text ?? '';
      const fits = (k: number, type: string): boolean => k < lines.length && text(k).startsWith(`${type}=`) && chromeReads(text(k));
      for (const [type, required, repeat] of SESSION) {
        step++;
        if (fits(i, type)) {
          i++;
          while (repeat && fits(i, type)) i++;
          if (type === 't') while (fits(i, 'r') || fits(i, 't')) i++;
        } else if (required) {
          const at = lines[Math.min(i, lines.length - 1)];
          if (at !== undefined && i < lines.length) {
            const t = text(i);
            const why = chromeReads(t) ? `\`${t.slice(0, 2)}\` where the session part needs its \`${type}=\` line` : whyRefused(t);
            out.push({ line: at, case: 'expect-line', message: `${why}: Chrome expects the \`${type}=\` line here and refuses the description ("Expect line: ${type}=")` });
          }
          failed = true;
          break;
        }
      }
      if (!failed && step === SESSION.length) {
        for (const type of AFTER_TIMING) if (fits(i, type)) i++;
        while (fits(i, 'a')) i++;
        if (i < lines.length && !fits(i, 'm') && !(i === lines.length - 1 && text(i) === '' && lines[i]?.source?.eol === '')) {
          const t = text(i);
          const first = lines.findIndex((l, k) => k >= i && l.type === 'm');
          const why = chromeReads(t) ? `\`${t.slice(0, 2)}\` after the session attributes, out of RFC 8866 order` : whyRefused(t);
          out.push({ line: lines[i], case: 'expects-m-line', message: `${why}: Chrome's session part ends here and it expects an m= line ("Expects m line.")` });
          if (first >= 0) sessionEnd = first;
        } else sessionEnd = i;
      } else {
        const first = lines.findIndex((l) => l.type === 'm');
        sessionEnd = first < 0 ? lines.length : first;
      }
    }

    const firstMedia = lines.findIndex((l) => l.type === 'm');
    // The session part's first refused line is reported above with Chrome's message for it.
    const reported = new Set(out.map((f) => f.line));
    lines.forEach((line, k) => {
      const src = line.source;
      if (src === undefined) return;
      const text = src.text;
      const last = k === lines.length - 1;
      // Lines Chrome's GetLine refuses inside the media sections (the session part is judged above).
      if (bareCr === 0 && !chromeReads(text) && !(last && text === '' && src.eol === '') && !(k < sessionEnd && reported.has(line))) {
        const why = whyRefused(text);
        const caseKey = text.trim() === '' ? 'blank-line' : /^[ \t]/.test(text) ? 'leading-whitespace' : 'invalid-line';
        const start = caseKey === 'leading-whitespace' ? 0 : undefined;
        const end = caseKey === 'leading-whitespace' ? text.length - text.trimStart().length : undefined;
        out.push({ line, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}), case: caseKey, message: `${why}: Chrome stops parsing here ("Invalid SDP line.")` });
      } else if (bareCr > 0 && text.trim() === '') {
        out.push({ line, case: 'blank-line', message: 'blank line: Chrome stops parsing here ("Invalid SDP line.")' });
      }
      if (last && src.eol === '' && text !== '') {
        out.push({ line, start: text.length, end: text.length, case: 'missing-final-eol', message: 'the last line has no line break: Chrome only reads lines that end with LF and refuses the description ("Invalid SDP line.")' });
      }
      if (line.type === 'm' && text.startsWith('m=')) {
        const fields = text.slice(2).split(' ');
        const kind = fields[0] ?? '';
        if (kind !== '' && !['audio', 'video', 'application'].includes(kind)) {
          out.push({ line, start: 2, end: 2 + kind.length, case: 'media-kind', message: `media type \`${kind}\`: Firefox reads only audio, video and application sections and refuses the description` });
        }
        const port = fields[1];
        if (fields.length >= 4 && port !== undefined && !/^\d+$/.test(port)) {
          const start = 2 + (fields[0]?.length ?? 0) + 1;
          const why = port === '' ? 'two spaces between the fields' : port.includes('/') ? `the port \`${port}\` has a port count` : `the port \`${port}\` is not a number`;
          const word = port !== '' && !port.includes('/');
          out.push({ line, start, end: start + Math.max(port.length, 1), case: word ? 'port-text' : 'port', message: `${why}: Chrome reads the port as a plain number and refuses the description ("The port number is invalid")` });
        }
      }
      if (line.type === 'o' && text.startsWith('o=')) {
        const fields = text.slice(2).split(' ');
        if (fields.length !== 6) {
          const shifted = !/^\d+$/.test(fields[1] ?? '');
          out.push({
            line,
            case: shifted ? 'origin-fields-shifted' : 'origin-fields',
            message: `o= has ${fields.length} space-separated fields, not 6: Chrome refuses it ("Expects 6 fields.")${shifted ? ', and Firefox reads `' + (fields[1] ?? '') + '` as the session id and refuses it' : ''}`,
          });
        }
      }
      if (k > firstMedia && line.type === 'b' && text.startsWith('b=')) {
        const colon = text.indexOf(':');
        if (colon < 0) {
          out.push({ line, case: 'bandwidth-syntax', message: 'b= without `:` between the modifier and the value: Chrome refuses it in a media section ("b= syntax error")' });
        } else {
          const modifier = text.slice(2, colon);
          const value = text.slice(colon + 1);
          if ((modifier === 'AS' || modifier === 'TIAS') && !/^-?\d+$/.test(value)) {
            out.push({ line, start: colon + 1, end: text.length, case: 'bandwidth-value', message: `b=${modifier} value \`${value}\` is not a whole number: Chrome refuses it in a media section` });
          }
        }
      }
      if (line.type === 'a' && line.name === 'candidate' && line.raw !== undefined) {
        checkCandidate(line, line.raw, text.length - line.raw.length, out);
      }
      if (line.type === 'a' && line.name === 'ssrc' && line.raw !== undefined && /^\d+$/.test(line.raw)) {
        out.push({ line, case: 'ssrc-fields', message: 'a=ssrc with an SSRC but no `<attribute>:<value>`: Chrome refuses it ("Expects 2 fields.")' });
      }
      if (line.type === 'c' && text.startsWith('c=')) {
        const address = text.slice(2).split(' ').slice(2).join(' ');
        const slash = address.indexOf('/');
        if (slash >= 0) {
          const start = text.length - address.length + slash;
          out.push({ line, start, end: text.length, case: 'multicast', message: `the connection address \`${address}\` has a TTL or address count (multicast): Chrome supports no multicast and refuses the description` });
        }
      }
      // eslint-disable-next-line no-control-regex
      const nonAscii = /[^\x00-\x7f]/.exec(text);
      if (nonAscii !== null) {
        const token = line.type === 'a' && (line.name === 'mid' || line.name === 'group') ? line.name : undefined;
        out.push({
          line,
          start: nonAscii.index,
          end: nonAscii.index + nonAscii[0].length,
          case: token === undefined ? 'non-ascii' : `non-ascii-${token}`,
          message: `non-ASCII character \`${nonAscii[0]}\`: Firefox refuses any non-ASCII character in a description${token === undefined ? '' : `, and Chrome any in an a=${token} identifier`}`,
        });
      }
    });

    // Per section: a second c= or a=fingerprint, and c= lines none of which is usable.
    const sections = [document.session.lines, ...document.media.map((m) => m.lines)];
    const usable = (l: SdpLine): boolean => /^c=IN IP[46] /.test(l.source?.text ?? '');
    const sessionC = document.session.lines.filter((l) => l.type === 'c');
    sections.forEach((section, n) => {
      const cs = section.filter((l) => l.type === 'c');
      if (cs.length > 1) out.push({ line: cs[1], case: 'connection-twice', message: 'a second c= line in the same section: Firefox refuses the description' });
      const fps = section.filter((l) => l.type === 'a' && l.name?.toLowerCase() === 'fingerprint');
      // Only the session parser checks; in a media section the last one wins.
      if (n === 0 && fps.length > 1) out.push({ line: fps[1], case: 'fingerprint-twice', message: 'a second session-level a=fingerprint: Chrome refuses the description' });
      if (n > 0 && cs.length > 0 && !cs.some(usable) && !sessionC.some(usable)) {
        // On the m= line: the c= line itself carries the parser's invalid-value.
        const m = section.find((l) => l.type === 'm') ?? cs[0];
        out.push({ line: m, case: 'connection-unusable', message: `m-section ${n} has no c= line (nor has the session) with network type IN and address type IP4 or IP6: Firefox drops such lines and finds the section without one, Chrome refuses them` });
      }
    });
    if (bareCr > 0 && lines.every((l) => l.source?.eol !== '\n' && l.source?.eol !== '\r\n')) {
      out.push({ line: lines[0], case: 'bare-cr-only', message: 'no line ends with LF: Chrome and Firefox both read the whole text as one unterminated line' });
    }
    for (const line of lines) {
      const nul = line.source?.text.indexOf('\u0000') ?? -1;
      if (nul >= 0) out.push({ line, start: nul, end: nul + 1, case: 'nul', message: 'a NUL character: Firefox\'s reader takes it as the end of the text and drops the rest' });
    }

    const stop = bareCr === 0 ? sipccStop(lines) : undefined;
    if (stop !== undefined && stop.first) {
      out.push({ line: stop.line, case: 'sipcc-not-sdp', message: 'the first line is not `<type>=<value>`: Firefox refuses the text as not SDP at all' });
    } else if (stop !== undefined) {
      out.push({ line: stop.line, case: stop.missing === 'o' ? 'sipcc-no-origin' : 'sipcc-no-timing', message: `Firefox stops reading at this line, before the \`${stop.missing}=\` line, and then refuses the description for lack of one` });
    }
    // Inside a media section: the lines after the stop are dropped, its a=rtcp-mux among them.
    if (bareCr === 0 && stop === undefined) {
      const k = lines.findIndex((l, i) => i > firstMedia && firstMedia >= 0 && !/^[a-zA-Z]=/.test(l.source?.text ?? '') && !(i === lines.length - 1 && l.source?.text === ''));
      const media = k < 0 ? undefined : document.media.find((m) => m.lines.includes(lines[k]!));
      if (media !== undefined && /RTP\//.test(media.protocol)) {
        const muxAt = media.lines.findIndex((l) => l.type === 'a' && l.name === 'rtcp-mux');
        if (muxAt > media.lines.indexOf(lines[k]!)) {
          out.push({ line: lines[k], case: 'sipcc-drops-rtcp-mux', message: 'Firefox stops reading at this line and drops the rest, this section\'s a=rtcp-mux with it, so it refuses the section for lack of rtcp-mux' });
        }
      }
    }

    if (bareCr > 0 && lines.some((l) => l.source?.eol === '\n' || l.source?.eol === '\r\n')) {
      const first = lines.find((l) => l.source?.eol === '\r');
      out.push({ line: first, case: 'bare-cr', message: `${bareCr} line${bareCr === 1 ? '' : 's'} end with a bare CR: Chrome splits lines at LF only and reads them as one invalid line` });
    }
    for (const f of out) report(f);
  },
});
