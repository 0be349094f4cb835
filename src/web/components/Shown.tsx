import { textSegments, type HiddenChar } from '../../index.js';

/*
 * Text from a description as the page draws it. The SDP is the other peer's
 * text: a bidi override would reorder what is around it (`1.2.0.291` read as
 * `192.0.2.1`), a zero-width space would make two values look equal. Every
 * hidden character (the library's textSegments decides which) becomes a
 * visible chip, and the whole value is isolated with <bdi>, so right-to-left
 * letters in it cannot reorder the text of the page around it.
 */

/** One hidden character as a chip: its code point, named in the tooltip and for screen readers. */
export function Hidden({ hidden }: { hidden: HiddenChar }) {
  const what = `${hidden.code} ${hidden.name}`;
  return (
    <span className={`hidden-char hidden-${hidden.kind}`} title={what} aria-label={what} role="img">
      {hidden.code}
    </span>
  );
}

/** A value with its hidden characters shown as chips, isolated from the text around it. */
export function Shown({ text }: { text: string }) {
  return <bdi>{runs(text)}</bdi>;
}

/** The chips and text runs without the <bdi> (for text already inside an isolating element, such as a line of SDP). */
export function runs(text: string) {
  const segments = textSegments(text);
  if (segments.length === 1 && segments[0]!.kind === 'text') return text;
  return segments.map((s, i) => (s.kind === 'text' ? s.text : <Hidden key={i} hidden={s.hidden} />));
}
