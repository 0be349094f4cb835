/**
 * Findings of the ICE module. They are about values (priorities, candidate
 * lists), not about a place in the text, so they carry no line or column: a
 * caller that knows where the candidate came from can attach its own position.
 *
 * The codes are stable and kebab-case. One table, below, holds every code with
 * its severity, summary and RFC section; messages quote the numbers involved.
 *
 * | code                              | severity | where                         | ref               |
 * |-----------------------------------|----------|-------------------------------|-------------------|
 * | type-preference-out-of-range      | error    | candidatePriority, decode     | RFC 8445 §5.1.2.1 |
 * | local-preference-out-of-range     | error    | candidatePriority             | RFC 8445 §5.1.2.1 |
 * | component-out-of-range            | error    | candidatePriority             | RFC 8445 §5.1.2.1 |
 * | priority-out-of-range             | error    | candidatePriority, decode     | RFC 8445 §5.1.2.1 |
 * | priority-component-mismatch       | warning  | decodePriority                | RFC 8445 §5.1.2.1 |
 * | type-preference-inconsistent      | warning  | decodePriority                | RFC 8445 §5.1.2.2 |
 * | tcp-candidate-without-tcptype     | warning  | checkList, describeCandidate  | RFC 6544 §4.5     |
 * | candidate-skipped                 | error    | checkList                     | RFC 8445 §5.1.2.1 |
 * | invalid-limit                     | warning  | checkList                     | RFC 8445 §6.1.2.5 |
 * | address-family-unknown            | info     | checkList (once per side)     | RFC 8445 §6.1.2.2 |
 * | local-replaced-by-base            | info     | check-list pair note          | RFC 8445 §6.1.2.4 |
 * | reflexive-base-hidden             | info     | checkList                     | RFC 8445 §6.1.2.4 |
 * | reflexive-base-not-found          | warning  | checkList                     | RFC 8445 §6.1.2.4 |
 * | unknown-candidate-type            | info     | describeCandidate             | RFC 8839 §5.1     |
 * | invalid-address                   | warning  | describeCandidate             | RFC 8839 §5.1     |
 * | related-address-on-host           | info     | describeCandidate             | RFC 8839 §5.1     |
 */
export type IceSeverity = 'error' | 'warning' | 'info';

export interface IceFinding {
  /** Stable kebab-case code, one of {@link iceFindingCodes}. */
  code: IceFindingCode;
  severity: IceSeverity;
  /** One sentence that quotes the values involved. */
  message: string;
  /** RFC section the rule comes from, e.g. "RFC 8445 §5.1.2.1". */
  ref?: string;
}

export interface IceFindingInfo {
  readonly severity: IceSeverity;
  readonly summary: string;
  readonly ref: string;
}

export const iceFindingCodes = {
  'type-preference-out-of-range': {
    severity: 'error',
    summary: 'The type preference is not an integer from 0 to 126.',
    ref: 'RFC 8445 §5.1.2.1',
  },
  'local-preference-out-of-range': {
    severity: 'error',
    summary: 'The local preference is not an integer from 0 to 65535.',
    ref: 'RFC 8445 §5.1.2.1',
  },
  'component-out-of-range': {
    severity: 'error',
    summary: 'The component ID is not an integer from 1 to 256.',
    ref: 'RFC 8445 §5.1.2.1',
  },
  'priority-out-of-range': {
    severity: 'error',
    summary: 'The candidate priority is not an integer from 1 to 2^31-1.',
    ref: 'RFC 8445 §5.1.2.1',
  },
  'priority-component-mismatch': {
    severity: 'warning',
    summary: "The low byte of the priority (256 - component) names another component than the candidate's component field.",
    ref: 'RFC 8445 §5.1.2.1',
  },
  'type-preference-inconsistent': {
    severity: 'warning',
    summary: 'The type preference is outside the range that RFC 8445 and every known stack use for this candidate type.',
    ref: 'RFC 8445 §5.1.2.2',
  },
  'tcp-candidate-without-tcptype': {
    severity: 'warning',
    summary: 'A TCP candidate has no `tcptype`, so it cannot be paired (active pairs with passive, so with so).',
    ref: 'RFC 6544 §4.5',
  },
  'candidate-skipped': {
    severity: 'error',
    summary: 'A candidate cannot take part in the check list (its priority or component is not a valid number).',
    ref: 'RFC 8445 §5.1.2.1',
  },
  'invalid-limit': {
    severity: 'warning',
    summary: 'The check-list limit is not a non-negative integer; the default of 100 is used.',
    ref: 'RFC 8445 §6.1.2.5',
  },
  'address-family-unknown': {
    severity: 'info',
    summary: 'An mDNS name or FQDN hides the address family; the candidate is paired with candidates of every family.',
    ref: 'RFC 8445 §6.1.2.2',
  },
  'local-replaced-by-base': {
    severity: 'info',
    summary: 'The local candidate is reflexive; checks are sent from its base, the host candidate at its raddr/rport.',
    ref: 'RFC 8445 §6.1.2.4',
  },
  'reflexive-base-hidden': {
    severity: 'info',
    summary: 'A local reflexive candidate hides its base (raddr 0.0.0.0, as browsers send) or names none; checks go from the base, never from the reflexive address, so its pairs are pruned.',
    ref: 'RFC 8445 §6.1.2.4',
  },
  'reflexive-base-not-found': {
    severity: 'warning',
    summary: 'No local host candidate sits at the raddr/rport of this reflexive candidate; checks go from a base, never from the reflexive address, so its pairs are pruned.',
    ref: 'RFC 8445 §6.1.2.4',
  },
  'unknown-candidate-type': {
    severity: 'info',
    summary: 'The candidate type is not host, srflx, prflx or relay.',
    ref: 'RFC 8839 §5.1',
  },
  'invalid-address': {
    severity: 'warning',
    summary: 'The connection address is neither an IP address nor a host name.',
    ref: 'RFC 8839 §5.1',
  },
  'related-address-on-host': {
    severity: 'info',
    summary: 'A host candidate carries raddr/rport, which only reflexive and relayed candidates need.',
    ref: 'RFC 8839 §5.1',
  },
} as const satisfies Record<string, IceFindingInfo>;

export type IceFindingCode = keyof typeof iceFindingCodes;

/** Builds a finding with the severity and reference of its code. */
export function iceFinding(code: IceFindingCode, message: string): IceFinding {
  const info: IceFindingInfo = iceFindingCodes[code];
  return { code, severity: info.severity, message, ref: info.ref };
}
