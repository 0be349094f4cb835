export { dumpIce } from './ice.js';
export type { DumpIce } from './ice.js';
export { controllingParty, iceRoleOf, negotiationWindow } from './role.js';
export type { RoleFact, RoleSource } from './role.js';
export { actualPairText, overlayStats } from './outcome.js';
export type { ActualPair, IceOutcome, IceVerdictState, TransportOutcome, UnpredictedPair } from './outcome.js';
export { descriptionFindings, dumpFindingCodes } from './findings.js';
export type { DumpFindingCode } from './findings.js';
