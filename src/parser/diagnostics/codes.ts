import type { Severity } from './diagnostic.js';
import { printable } from '../../text/printable.js';

/**
 * The one catalogue of syntax-level diagnostics. Codes are stable, kebab-case
 * and documented in docs/diagnostics.md (generated from this table by
 * scripts/gen-docs.ts; a test fails when that file is stale).
 *
 * Messages are templates: `{name}` is replaced by the parameter of that name.
 * They quote the offending text and say what was expected.
 */
export interface CodeInfo {
  readonly severity: Severity;
  readonly message: string;
  readonly summary: string;
  readonly hint?: string;
  readonly ref?: string;
}

export const codes = {
  'empty-input': {
    severity: 'error',
    summary: 'The input holds no SDP line at all.',
    message: 'the input is empty: a session description needs at least `v=`, `o=`, `s=` and `t=` lines',
    ref: 'RFC 8866 §5',
  },
  'missing-line': {
    severity: 'error',
    summary: 'A line that every session description must have is absent.',
    message: 'missing `{type}=` line ({what}): every session description needs one',
    ref: 'RFC 8866 §5',
  },
  'duplicate-line': {
    severity: 'error',
    summary: 'A line that may appear once per section appears again.',
    message: 'second `{type}=` line in the {level}: only one is allowed',
    ref: 'RFC 8866 §5',
  },
  'line-order': {
    severity: 'warning',
    summary: 'Lines are not in the order RFC 8866 requires.',
    message: '`{type}=` {problem} in the {level}; the order is {order}',
    hint: 'Some parsers (pion, older libwebrtc) reject out-of-order lines; `sdp format` writes them in order.',
    ref: 'RFC 8866 §5',
  },
  'misplaced-line': {
    severity: 'error',
    summary: 'A line type that has no place in a media description (a session-level line after an `m=` line).',
    message: '`{type}=` ({what}) has no place in a {level}: only {order} may appear there',
    ref: 'RFC 8866 §5',
  },
  'leading-whitespace': {
    severity: 'warning',
    summary: 'A line starts with spaces or tabs before its type letter.',
    message: 'white space before `{type}=`: lines start with their type letter',
    hint: 'The line is read as if the white space were absent; most parsers reject it.',
    ref: 'RFC 8866 §5',
  },
  'unknown-line-type': {
    severity: 'error',
    summary: 'A line type letter that RFC 8866 does not define.',
    message: 'unknown line type `{type}=`: SDP defines v o s i u e p c b t r z k a m',
    hint: 'RFC 8866 tells parsers to reject a description with a type letter they do not understand; use an `a=` attribute for extensions.',
    ref: 'RFC 8866 §5',
  },
  'missing-equals': {
    severity: 'error',
    summary: 'A line that is not of the form `<type>=<value>`.',
    message: 'expected `<type>=<value>`, found `{text}`',
    ref: 'RFC 8866 §5',
  },
  'space-around-equals': {
    severity: 'error',
    summary: 'White space between the type letter and `=`, or right after `=`.',
    message: 'unexpected space {where} `=` in `{text}`',
    hint: 'RFC 8866 allows no white space on either side of the `=` sign.',
    ref: 'RFC 8866 §5',
  },
  'blank-line': {
    severity: 'warning',
    summary: 'An empty line inside the description.',
    message: 'empty line: SDP has no blank lines',
    hint: 'Browsers reject some descriptions with blank lines; remove it.',
    ref: 'RFC 8866 §5',
  },
  'missing-final-eol': {
    severity: 'warning',
    summary: 'The last line has no end-of-line.',
    message: 'the last line `{text}` has no end-of-line: Chrome rejects such a description',
    hint: 'End every line, the last one too, with CRLF.',
    ref: 'RFC 8866 §5',
  },
  'lf-line-endings': {
    severity: 'info',
    summary: 'Lines end with LF only (or CR only) instead of CRLF.',
    message: '{count} of {total} lines end with `{eol}` instead of CRLF',
    hint: 'RFC 8866 requires CRLF; browsers accept LF, other stacks may not.',
    ref: 'RFC 8866 §5',
  },
  'trailing-whitespace': {
    severity: 'warning',
    summary: 'A line ends with spaces or tabs.',
    message: 'trailing white space after `{text}`',
    hint: 'Several parsers keep the space as part of the last field (a ufrag, a mid) and then fail to match it.',
    ref: 'RFC 8866 §9',
  },
  'field-count': {
    severity: 'error',
    summary: 'A line or attribute has too few or too many fields.',
    message: '`{what}` needs {expected}; found {found}',
    ref: 'RFC 8866 §9',
  },
  'extra-field': {
    severity: 'error',
    summary: 'Unexpected text after the last field of a line or attribute.',
    message: 'unexpected `{text}` after {what}',
  },
  'invalid-number': {
    severity: 'error',
    summary: 'A field that must be a number is not one.',
    message: '{field} must be {expected}, found `{text}`',
  },
  'number-out-of-range': {
    severity: 'error',
    summary: 'A numeric field is outside its allowed range.',
    message: '{field} {value} is out of range: allowed {min}–{max}',
  },
  'invalid-value': {
    severity: 'error',
    summary: 'A field holds a value its grammar does not allow.',
    message: '{field} must be {expected}, found `{text}`',
  },
  'invalid-syntax': {
    severity: 'error',
    summary: 'An attribute value does not follow its grammar.',
    message: '{what}: expected {expected}, found `{text}`',
  },
  'empty-foundation': {
    severity: 'warning',
    summary: 'A candidate line with an empty foundation (`candidate: 1 udp …`).',
    message: 'the candidate foundation is empty: RFC 8839 requires 1 to 32 ice-chars',
    hint: 'Some Google servers send this and browsers accept it, but candidates of one foundation are frozen together (RFC 8445 §6.1.2.6).',
    ref: 'RFC 8839 §5.1',
  },
  'deprecated-syntax': {
    severity: 'warning',
    summary: 'An older draft syntax that the RFC replaced.',
    message: '{what} uses the draft syntax `{text}`; {instead}',
  },
  'attribute-missing-value': {
    severity: 'error',
    summary: 'An attribute that needs a value has none.',
    message: '`a={name}` needs a value: `a={name}:{syntax}`',
  },
  'attribute-unexpected-value': {
    severity: 'warning',
    summary: 'A property attribute (a flag) is given a value.',
    message: '`a={name}` takes no value, found `:{text}`',
  },
  'attribute-level': {
    severity: 'error',
    summary: 'An attribute is used at a level (session or media) where it has no meaning.',
    message: '`a={name}` belongs at {allowed} level, not at {level} level',
  },
  'address-type-mismatch': {
    severity: 'error',
    summary: 'The address does not match the address type (IP4/IP6) given with it.',
    message: 'address `{address}` is not an {addrtype} address',
    ref: 'RFC 8866 §5.7',
  },
  'diagnostics-truncated': {
    severity: 'info',
    summary: 'More than 100 diagnostics of one code: the rest are counted, not listed. Its severity is that of the code it stands for.',
    message: '{count} more `{code}` diagnostics not listed (only the first {limit} are); this one points at the first of them',
  },
  'internal-error': {
    severity: 'error',
    summary: 'sdpkit itself failed on this input (a bug: please report it with the input).',
    message: 'internal parser error: {message}; the text is kept as untyped lines',
  },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof codes;

export type MessageParams = Readonly<Record<string, string | number>>;

const compiled = new Map<string, string[]>();

/**
 * Fills a message template. Templates are split once into literal and
 * placeholder parts (odd indexes are keys); an unknown placeholder stays
 * visible so a missing parameter is noticed in tests.
 */
export function formatMessage(template: string, params: MessageParams): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const v = params[key];
    // The values quote the input: hidden characters are shown (`found \`1⟨U+200B⟩\``), in every output.
    out += (v === undefined ? `{${key}}` : printable(String(v))) + parts[i + 1]!;
  }
  return out;
}
