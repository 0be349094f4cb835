import { formatMessage, type CodeInfo, type MessageParams } from '../parser/diagnostics/codes.js';

/**
 * The catalogue of extraction diagnostics: stable kebab-case codes, all
 * prefixed `extract-`, with message templates (`{name}` is a parameter).
 * Same shape as the parser's catalogue (src/parser/diagnostics/codes.ts) so
 * the docs generator can list both.
 */
export const extractCodes = {
  'extract-empty-input': {
    severity: 'error',
    summary: 'The input is empty or white space only.',
    message: 'the input is empty: paste an SDP, a JSON description, a log, or a webrtc-internals / about:webrtc dump',
  },
  'extract-no-sdp': {
    severity: 'error',
    summary: 'No session description was found anywhere in the input.',
    message: 'no SDP found in {what}: expected a line `v=0`, a JSON object with an `sdp` field, a webrtc-internals dump or an about:webrtc report',
  },
  'extract-compressed': {
    severity: 'error',
    summary: 'The input is gzip-compressed.',
    message: 'the input is gzip data (it starts with bytes 1f 8b): webrtc-internals writes `webrtc_internals_dump.gz` when "Compress result" is on',
    hint: 'Unpack it first (`gunzip webrtc_internals_dump.gz`) or download the dump again without compression.',
  },
  'extract-internal-error': {
    severity: 'error',
    summary: 'A bug in the extractor; the input is not at fault.',
    message: 'internal error while extracting descriptions: {error}',
  },
  'extract-invalid-json': {
    severity: 'warning',
    summary: 'The input looks like JSON but is not valid JSON.',
    message: 'the input looks like JSON but is not valid: {error}; the text was scanned for SDP instead',
  },
  'extract-json-without-sdp': {
    severity: 'warning',
    summary: 'Valid JSON that holds no session description.',
    message: 'the {what} holds no session description',
  },
  'extract-bom': {
    severity: 'info',
    summary: 'A byte order mark before the text was skipped.',
    message: 'skipped the byte order mark (U+FEFF) at the start of the input',
  },
  'extract-unescaped': {
    severity: 'info',
    summary: 'The SDP came from a JSON-escaped string; the escapes were undone.',
    message: 'undid JSON string escapes ({levels}): the SDP was copied as an escaped string literal',
  },
  'extract-nested-json': {
    severity: 'info',
    summary: 'JSON was found inside a JSON string (encoded twice) or inside other text.',
    message: 'read JSON {where}',
  },
  'extract-prefix-stripped': {
    severity: 'info',
    summary: 'A log prefix before each SDP line was removed.',
    message: 'stripped the log prefix `{prefix}` from {count} lines',
  },
  'extract-first-line-prefix': {
    severity: 'info',
    summary: 'Only the first SDP line carried a log prefix.',
    message: 'stripped `{prefix}` before `v=0`; the following lines had no prefix',
  },
  'extract-crlf-restored': {
    severity: 'info',
    summary: 'Lost carriage returns were put back.',
    message: '{count} of {total} lines ended with LF while the others kept CRLF: CRLF restored',
    hint: 'A log or terminal dropped the `\\r` of some lines; browsers write CRLF (RFC 8866 §5).',
  },
  'extract-lf-to-crlf': {
    severity: 'info',
    summary: 'Line ends were turned back into CRLF because the source is known to have changed them.',
    message: 'turned {count} LF line ends back into CRLF: {why}',
  },
  'extract-lines-joined': {
    severity: 'info',
    summary: 'An SDP given as an array of lines was joined with CRLF.',
    message: 'joined {count} lines with CRLF: {why}',
  },
  'extract-skipped-text': {
    severity: 'info',
    summary: 'Text that is not SDP was ignored.',
    message: 'ignored text that is not SDP: {lines}',
  },
  'extract-trailing-text': {
    severity: 'info',
    summary: 'Text after the last SDP line of an escaped string was left out.',
    message: 'left out `{text}` after the last SDP line',
  },
  'extract-no-version-line': {
    severity: 'warning',
    summary: 'SDP lines without a `v=0` line before them.',
    message: 'these SDP lines have no `v=0` line before them: the description may be cut at the start',
  },
  'extract-unknown-type': {
    severity: 'warning',
    summary: 'A description type that RTCSdpType does not define.',
    message: 'unknown description type `{type}`: expected offer, answer, pranswer or rollback',
    ref: 'W3C webrtc-pc §4.6.1',
  },
  'extract-type-inferred': {
    severity: 'info',
    summary: 'The source does not say offer or answer; the type was inferred.',
    message: 'the source does not give the type; read as {type}: {evidence}',
  },
  'extract-munged': {
    severity: 'warning',
    summary: 'The app changed a description between creating and applying it.',
    message: 'the local {type} passed to setLocalDescription differs from the one {creator} returned: {summary}',
    hint: 'SDP munging is fragile: browsers change the SDP they generate between versions. Prefer setCodecPreferences, setParameters and transceiver directions.',
    ref: 'RFC 9429 §5.4',
  },
  'extract-apply-failed': {
    severity: 'warning',
    summary: 'The browser reported that applying the description failed.',
    message: '{event} failed: {error}',
  },
  'extract-create-failed': {
    severity: 'warning',
    summary: 'createOffer or createAnswer failed.',
    message: '{event} failed: {error}',
  },
  'extract-implicit-without-sdp': {
    severity: 'info',
    summary: 'setLocalDescription() was called without a description and the dump does not show the SDP the browser generated.',
    message: 'setLocalDescription() without arguments: this dump does not record the SDP the browser generated',
  },
  'extract-source-errors': {
    severity: 'warning',
    summary: 'The browser reported SDP parsing errors for this description.',
    message: 'Firefox reported an SDP error on line {lineNumber}: {error}',
  },
  'extract-duplicate': {
    severity: 'info',
    summary: 'The same description appeared several times and was kept once.',
    message: 'the same description appears {count} times; kept once',
  },
  'extract-unanswered': {
    severity: 'info',
    summary: 'An offer without an answer, or an answer without an offer.',
    message: '{what}',
  },
  'extract-no-descriptions': {
    severity: 'warning',
    summary: 'A peer connection in a dump has no session description.',
    message: '{pc} has no session description in this dump',
  },
} as const satisfies Record<string, CodeInfo>;

export type ExtractCode = keyof typeof extractCodes;

export function extractMessage(code: ExtractCode, params: MessageParams): string {
  return formatMessage(extractCodes[code].message, params);
}
