/**
 * sdpkit: the public API. The CLI and the web page import only from here.
 */
// The parser: parse, print, format, the model's schemas and types (also the `sdpkit/parser` subpath).
export * from './entries/parser.js';

// ICE: priorities, pair priorities, the RFC 8445 check list, candidate descriptions.
export * from './ice/index.js';

// Offer/answer negotiation, per m-section.
export * from './diff/index.js';

// Privacy-safe copies for bug reports.
export * from './redact/index.js';

// What each line means, with RFC references.
export * from './explain/index.js';

// Lint rules (one file per rule) for a description or an offer/answer pair.
export * from './lint/index.js';

// SDP from wherever people have it: JSON, escaped strings, logs, webrtc-internals and about:webrtc dumps.
export * from './extract/index.js';

// A dump as a call: trickled candidates, the real ICE role, what getStats says ICE did, findings about munging and refused descriptions.
export * from './dump/index.js';

// Lossless editing: typed operations, untouched lines byte for byte, fresh views.
export * from './edit/index.js';

// Text for people: control, bidi and zero-width characters shown, not obeyed.
export { findHidden, hasHidden, printable, textSegments, type HiddenChar, type HiddenKind, type TextSegment } from './text/printable.js';

// Bytes to text and back: binary refused, non-UTF-8 read losslessly, the encoding kept for writing.
export { decodeInput, encodeOutput, encodingNote, unencodableAt, ENCODING_NAMES } from './text/decode.js';
export { compressionOf, decompress, MAX_DECOMPRESSED_BYTES } from './text/compressed.js';
export type { Compression, Decompressed } from './text/compressed.js';
export type { BinaryInput, DecodedInput, InputEncoding, OutputEncoding } from './text/decode.js';
