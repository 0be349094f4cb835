/**
 * sdpkit ICE: priorities (RFC 8445 §5.1.2), pair priorities (§6.1.2.3), the
 * check list (§6.1.2), a guess of the stack behind a candidate, and plain-data
 * explanations of candidates. Pure functions; no Node-only imports.
 */
export { iceFinding, iceFindingCodes } from './findings.js';
export type { IceFinding, IceFindingCode, IceFindingInfo, IceSeverity } from './findings.js';

export { addressKey, classifyAddress, addressFamily, isLinkLocalIPv6, isMdnsName, parseIPv4, parseIPv6 } from './address.js';
export type { AddressClass, AddressFamily, AddressInfo } from './address.js';

export { candidatePriority, decodePriority, MAX_PRIORITY, RECOMMENDED_TYPE_PREFERENCE, TYPE_PREFERENCE_RANGES } from './priority.js';
export type { DecodedPriority, PriorityContext, PriorityParts, PriorityResult } from './priority.js';

export { candidatePairPriority, pairPriorityForRole } from './pair-priority.js';
export type { IceRole } from './pair-priority.js';

export { canPair, checkList, DEFAULT_CHECK_LIST_LIMIT, DEFAULT_PRUNED_SAMPLE, pairFoundationText } from './check-list.js';
export type { CandidatePair, CheckList, CheckListOptions, FormedPair, PairFoundation, Pairability, PairState, PrunedPair, PruneReason } from './check-list.js';

export { guessImplementation, implementationNames } from './implementations.js';
export type { GuessInput, ImplementationGuess, ImplementationId, ImplementationMatch, RelayProtocol } from './implementations.js';

export { describeCandidate } from './describe.js';
export type { CandidateDescription, ExtensionFact, Fact } from './describe.js';

export { candidateEndpoint, checkListGrid, DEFAULT_GRID_AXIS, ordinal, statsAddressText } from './grid.js';
export type {
  CheckListGrid,
  GridActual,
  GridActualInput,
  GridActualPair,
  GridAxisEntry,
  GridCandidateInput,
  GridCell,
  GridCellKind,
  GridListInput,
  GridMark,
  GridOptions,
  GridStatsCandidate,
} from './grid.js';

export { candidateGraph, DEFAULT_GRAPH_PER_TIER, GRAPH_TIERS } from './graph.js';
export type { CandidateGraph, GraphEdge, GraphGroup, GraphNode, GraphOptions, GraphStatsCandidate, GraphTier, RelayTransport } from './graph.js';
