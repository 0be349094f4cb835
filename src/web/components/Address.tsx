import { Fragment } from 'react';
import { clip, count } from '../text.js';
import { runs } from './Shown.js';

/** IPv4 (a.b.c.d) or IPv6 (hex groups with colons, maybe in brackets), maybe with a port after a colon or a space (a candidate's fields): drawn with Address. */
export function looksLikeAddress(text: string): boolean {
  return /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?\]?)(?:[: ]\d{1,5})?$/i.test(text);
}

/**
 * An address (IPv4, IPv6, a host name, with or without :port): it never
 * breaks inside a number on a narrow screen. An IPv6 address may break after
 * a colon, between its groups; nothing else breaks (styles.css `.addr`).
 */
export function Address({ text, max = 80 }: { text: string; max?: number }) {
  const { shown, hidden } = clip(text, max);
  const groups = shown.split(/(?<=:)/);
  const breakable = groups.length > 3;
  return (
    <span className="addr">
      <bdi>
        {breakable
          ? groups.map((g, i) => (
              <Fragment key={i}>
                {runs(g)}
                {i < groups.length - 1 && <wbr />}
              </Fragment>
            ))
          : runs(shown)}
      </bdi>
      {hidden > 0 && <span className="clipped">{` … (${count(hidden, 'more character')})`}</span>}
    </span>
  );
}
