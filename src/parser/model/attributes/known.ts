import type { Level } from '../family.js';

/**
 * Attributes sdpkit keeps as raw text but whose level is known, so a
 * media-only attribute at session level (or the reverse) is still reported.
 * Typed families declare their own levels; this table covers the rest.
 */
export const rawAttributeLevels: Readonly<Record<string, readonly Level[]>> = {
  label: ['media'], // RFC 4574 §4
  'ice-mismatch': ['media'], // RFC 8839 §5.3
  'ice-pacing': ['session'], // RFC 8839 §5.5
  'dtls-id': ['media'], // pre-RFC 8842 spelling of tls-id
  content: ['media'], // RFC 4796
  'rtcp-xr': ['session', 'media'], // RFC 3611 §5.1
  'source-filter': ['session', 'media'], // RFC 4570
  mediaclk: ['session', 'media'], // RFC 7273
  'ts-refclk': ['session', 'media'], // RFC 7273
};
