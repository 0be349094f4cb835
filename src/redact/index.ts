export { redact, redactDescriptions, unredactedAddresses } from './redact.js';
export type { RedactionKind, RedactionResult } from './redact.js';
