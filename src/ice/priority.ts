import type { Candidate } from '../parser/model/attributes/candidate.js';
import { iceFinding, type IceFinding } from './findings.js';

/*
 * RFC 8445 §5.1.2.1:
 *   priority = (2^24)*(type preference) + (2^8)*(local preference) + (2^0)*(256 - component ID)
 * type preference 0..126, local preference 0..65535, component ID 1..256, and the
 * priority "MUST be a positive integer between 1 and (2**31 - 1), inclusive".
 * Arithmetic uses * and %, not bit shifts: JS shifts are signed 32-bit and a
 * priority read from the wire may reach 2^32-1.
 */

export interface PriorityParts {
  /** 0..126 (RFC 8445 §5.1.2.1). */
  typePreference: number;
  /** 0..65535 (RFC 8445 §5.1.2.1). */
  localPreference: number;
  /** 1..256; the priority stores 256 - component in its low byte. */
  component: number;
}

export interface PriorityResult {
  /** Absent when an input is out of range or the result is not 1..2^31-1. */
  priority?: number;
  findings: IceFinding[];
}

/** Fields of a decoded priority are NaN when the input is not an unsigned 32-bit integer. */
export interface DecodedPriority extends PriorityParts {
  findings: IceFinding[];
}

/** The candidate fields that decodePriority checks the priority against. */
export type PriorityContext = Pick<Candidate, 'component' | 'type'>;

/** RFC 8445 §5.1.2.2 recommended type preferences. */
export const RECOMMENDED_TYPE_PREFERENCE = { host: 126, prflx: 110, srflx: 100, relay: 0 } as const;

export const MAX_PRIORITY = 2 ** 31 - 1;

/**
 * The type preferences real stacks use per candidate type, lowest to highest
 * (see implementations.ts for where each number comes from). RFC 8445
 * §5.1.2.2 only fixes the order prflx > srflx; a value outside these ranges
 * (a relay with 126, a host with 0) is reported as inconsistent.
 *   host:  60 libnice TCP (120/2) … 126
 *   prflx: 55 libnice TCP (110/2) … 126
 *   srflx: 50 libnice/libjuice TCP … 110 (Chrome before ~2016 used 110)
 *   relay: 0 … 30 (libnice TURN/UDP)
 */
export const TYPE_PREFERENCE_RANGES: Readonly<Record<'host' | 'prflx' | 'srflx' | 'relay', readonly [number, number]>> = {
  host: [60, 126],
  prflx: [55, 126],
  srflx: [50, 110],
  relay: [0, 30],
};

function checkInt(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Computes a candidate priority (RFC 8445 §5.1.2.1); out-of-range inputs give findings, never exceptions. */
export function candidatePriority(parts: PriorityParts): PriorityResult {
  const { typePreference, localPreference, component } = parts;
  const findings: IceFinding[] = [];
  if (!checkInt(typePreference, 0, 126)) {
    findings.push(iceFinding('type-preference-out-of-range', `type preference ${String(typePreference)} is not an integer from 0 to 126`));
  }
  if (!checkInt(localPreference, 0, 65535)) {
    findings.push(iceFinding('local-preference-out-of-range', `local preference ${String(localPreference)} is not an integer from 0 to 65535`));
  }
  if (!checkInt(component, 1, 256)) {
    findings.push(iceFinding('component-out-of-range', `component ${String(component)} is not an integer from 1 to 256`));
  }
  if (findings.length > 0) return { findings };
  const priority = typePreference * 2 ** 24 + localPreference * 2 ** 8 + (256 - component);
  if (priority < 1) {
    // Only type 0, local 0, component 256 gets here.
    findings.push(iceFinding('priority-out-of-range', `type 0, local preference 0 and component 256 give priority 0; a priority must be from 1 to ${MAX_PRIORITY}`));
    return { findings };
  }
  return { priority, findings };
}

/**
 * Splits a priority into type preference, local preference and component
 * (RFC 8445 §5.1.2.1). With a candidate, also checks the priority against its
 * component field and its type.
 */
export function decodePriority(priority: number, candidate?: PriorityContext): DecodedPriority {
  if (!checkInt(priority, 0, 2 ** 32 - 1)) {
    return {
      typePreference: NaN,
      localPreference: NaN,
      component: NaN,
      findings: [iceFinding('priority-out-of-range', `priority ${String(priority)} is not an integer from 1 to ${MAX_PRIORITY}`)],
    };
  }
  const typePreference = Math.floor(priority / 2 ** 24);
  const localPreference = Math.floor(priority / 2 ** 8) % 2 ** 16;
  const component = 256 - (priority % 2 ** 8);
  const findings: IceFinding[] = [];
  if (priority < 1 || priority > MAX_PRIORITY) {
    findings.push(iceFinding('priority-out-of-range', `priority ${priority} is outside 1..${MAX_PRIORITY}`));
  }
  if (typePreference > 126) {
    findings.push(iceFinding('type-preference-out-of-range', `priority ${priority} holds type preference ${typePreference}; the maximum is 126`));
  }
  if (candidate !== undefined) {
    if (component !== candidate.component) {
      findings.push(
        iceFinding(
          'priority-component-mismatch',
          `priority ${priority} ends in ${256 - component} = 256 - ${component}, so it was computed for component ${component}, but the candidate is component ${candidate.component}`,
        ),
      );
    }
    const type = candidate.type.toLowerCase();
    if (type === 'host' || type === 'prflx' || type === 'srflx' || type === 'relay') {
      const [min, max] = TYPE_PREFERENCE_RANGES[type];
      if (typePreference <= 126 && (typePreference < min || typePreference > max)) {
        findings.push(
          iceFinding(
            'type-preference-inconsistent',
            `a ${type} candidate with type preference ${typePreference}: RFC 8445 §5.1.2.2 recommends ${RECOMMENDED_TYPE_PREFERENCE[type]} and known stacks use ${min}–${max} for ${type}`,
          ),
        );
      }
    }
  }
  return { typePreference, localPreference, component, findings };
}
