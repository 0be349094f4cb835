export { findLeaks, redact, redactDescriptions, unredactedAddresses, unredactedValues } from './redact.js';
export type { RedactionKind, RedactionResult } from './redact.js';
export { redactDump } from './dump.js';
export type { DumpRedaction } from './dump.js';
