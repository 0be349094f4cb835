import { clip, count, VALUE_CAP } from '../text.js';
import { Shown } from './Shown.js';

/** Draws a value as text (hidden characters as chips, isolated: Shown), cut at `max` characters with a note saying how much was left out. */
export function Clip({ text, max = VALUE_CAP }: { text: string; max?: number }) {
  const { shown, hidden } = clip(text, max);
  return (
    <>
      <Shown text={shown} />
      {hidden > 0 && <span className="clipped">{` … (${count(hidden, 'more character')})`}</span>}
    </>
  );
}
