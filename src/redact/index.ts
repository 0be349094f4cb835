export { findLeaks, redact, redactDescriptions, unredactedAddresses, unredactedValues } from './redact.js';
export type { RedactionKind, RedactionResult } from './redact.js';
