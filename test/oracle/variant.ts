/*
 * One SDP variant the browser oracle applies to real browsers.
 *
 * An offer variant is one text, applied with setRemoteDescription({ type:
 * 'offer' }) to a fresh RTCPeerConnection. An answer variant is a transform of
 * an engine's own answer: per engine, the oracle makes a local offer of a
 * fixed shape (audio, video, data channel) and that engine's answer to it
 * (templates); the transform turns the template answer into the defective
 * one, which is applied with setRemoteDescription({ type: 'answer' }) after
 * setLocalDescription(offer of the same shape) on a fresh connection.
 *
 * Variants are generated deterministically (test/oracle/variants.ts), so the
 * recorded fixture stores verdicts by id plus a hash of the text each engine
 * was given; the agreement test regenerates the texts and refuses a stale
 * fixture.
 */

export type VariantRole = 'offer' | 'answer';

/** The engine's template pair an answer variant is made from. */
export interface Template {
  readonly offer: string;
  readonly answer: string;
}

interface VariantBase {
  /** Stable and unique, path-like: `<source>/<base>/<edit>`, such as `defect/chrome-offer/fingerprint-hash-unknown`. */
  readonly id: string;
  /** What was changed, for people reading the fixture and failures. */
  readonly description: string;
  /**
   * What the edit is meant to exercise: a lint rule id or parser code whose
   * defect it plants, `benign` for an edit every engine should take, or
   * `corpus` for a third-party file as it is. Only for reading; the test
   * compares lint with what the browsers did, not with this.
   */
  readonly aims: string;
}

export interface OfferVariant extends VariantBase {
  readonly role: 'offer';
  readonly sdp: string;
}

export interface AnswerVariant extends VariantBase {
  readonly role: 'answer';
  /** The defective answer made from an engine's template pair. */
  make(template: Template): string;
}

export type Variant = OfferVariant | AnswerVariant;

/** What one engine did with one variant. */
export interface EngineVerdict {
  /** true when setRemoteDescription resolved. */
  readonly accepted: boolean;
  /** The rejection's `name: message` when it failed. */
  readonly error?: string;
  /** For accepted offers: whether createAnswer + setLocalDescription(answer) then worked, and its error if not. */
  readonly answered?: boolean;
  readonly answerError?: string;
}
