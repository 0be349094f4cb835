/**
 * Where the grammar's parts lie in `document.lines` (RFC 8866 §5): the
 * session part is lines [0, sessionEnd); media description k is lines
 * [mediaStarts[k], mediaStarts[k + 1]) (the last one runs to the end).
 * Lines the grammar has no place for (unknown types, blank lines, lines out
 * of order) belong to the part they are written in.
 */
export interface Sections {
  readonly sessionEnd: number;
  readonly mediaStarts: readonly number[];
}
