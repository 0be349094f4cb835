import type { KeyboardEvent, ReactNode } from 'react';
import { printable } from '../../index.js';
import type { Side } from '../analysis.js';
import { useJump } from './jump.js';

/*
 * What the page's SVG pictures (ladder, codec matrix, check-list grid,
 * candidate graph) share: a part that opens its line in the Lines view, and
 * text from the descriptions shortened to fit a box.
 */

/** A line of the offer or the answer a part of a picture opens. */
export interface PictureJump {
  side: Side;
  line: number;
}

/** The jump to a line, when there is one. */
export function jumpTo(side: Side, line: number | undefined): PictureJump | undefined {
  return line === undefined ? undefined : { side, line };
}

/** Text from the descriptions, hidden characters written out as code points (the library's printable), shortened to `max` characters. */
export function fit(text: string, max: number): string {
  const shown = printable(text);
  return shown.length <= max ? shown : `${shown.slice(0, max - 1)}…`;
}

/**
 * A part of a picture: an SVG group titled and labelled with `label` (and,
 * when it opens a line, where it leads). With a jump it is a focusable button:
 * click, Enter or Space open the line, and `linkClass` is added to its class.
 * Events stop here, so a part drawn inside another opens only its own line.
 */
export function PicturePart({ jump, label, className, linkClass, data, children }: {
  jump: PictureJump | undefined;
  label: string;
  className: string;
  linkClass: string;
  data?: Record<string, string | number>;
  children: ReactNode;
}) {
  const go = useJump();
  const text = printable(`${label}${jump === undefined ? '' : ` (${jump.side} line ${jump.line})`}`);
  const open = jump === undefined ? undefined : () => go(jump.side, jump.line);
  return (
    <g
      className={`${className}${open === undefined ? '' : ` ${linkClass}`}`}
      aria-label={text}
      {...(open === undefined
        ? {}
        : {
            role: 'button',
            tabIndex: 0,
            onClick: (e: { stopPropagation(): void }) => {
              e.stopPropagation();
              open();
            },
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                e.stopPropagation();
                open();
              }
            },
          })}
      {...data}
    >
      <title>{text}</title>
      {children}
    </g>
  );
}
