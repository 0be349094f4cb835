export { dumpIce } from './ice.js';
export type { DumpIce } from './ice.js';
export { iceRoleOf, negotiationWindow } from './role.js';
export type { RoleFact, RoleSource } from './role.js';
export { actualPairText, overlayStats } from './outcome.js';
export type { ActualPair, IceOutcome, IceVerdictState, TransportOutcome, UnpredictedPair } from './outcome.js';
