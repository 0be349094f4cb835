/**
 * The plain-data shape `explain` returns: one entry per line, with a short
 * label, one sentence, a longer explanation and the meaning of every field.
 * No UI types: the CLI, the terminal UI and the web page render it as they like.
 */

/** One field of a line: what it says and what that means. */
export interface ExplanationField {
  name: string;
  value: string;
  meaning: string;
}

/** Whether a line belongs to the session part or to an m-section (RFC 8866 §5). */
export type LineKind = 'session' | 'media';

export interface LineExplanation {
  /** 1-based line number in the input. */
  line: number;
  /** The line as written, without its end-of-line. */
  text: string;
  kind: LineKind;
  /** 0-based index of the m-section the line belongs to (its m= line included). */
  mediaIndex?: number;
  /** Short, e.g. "Codec: opus 48 kHz stereo". */
  label: string;
  /** One sentence. */
  summary: string;
  /** A longer explanation for a WebRTC engineer. */
  details: string;
  /** Where the meaning is defined, e.g. "RFC 8866 §6.6". */
  ref?: string;
  fields: ExplanationField[];
  /** Set when sdpkit has no knowledge of the line's subject (it says so in the summary). */
  unknown?: true;
}

/**
 * What the caller knows about the description. Without `type`, offer/answer
 * rules (a=setup, directions) are explained for both cases.
 */
export interface ExplainOptions {
  type?: 'offer' | 'answer';
}

/** What an explainer returns for one line; explain.ts adds the position. */
export interface Explained {
  label: string;
  summary: string;
  details: string;
  ref?: string;
  fields: ExplanationField[];
  unknown?: true;
}
