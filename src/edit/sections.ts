import type { SdpDocument } from '../parser/model/document.js';
import type { Media } from '../parser/model/media.js';

/**
 * Which media descriptions a recipe applies to: every one (`'all'`), every
 * one of a kind (`'audio'`, `'video'`, `'application'`, or any other media
 * name), one by mid, or one by its 0-based index.
 */
export type SectionSelector = 'all' | string | { mid: string } | { media: number };

/** A selected media description with the index of its first line (its m= line) in `document.lines`. */
export interface SelectedMedia {
  readonly media: Media;
  readonly index: number;
  readonly start: number;
}

export function selectMedia(document: SdpDocument, selector: SectionSelector): SelectedMedia[] {
  const out: SelectedMedia[] = [];
  let start = document.session.lines.length;
  document.media.forEach((media, index) => {
    const chosen =
      selector === 'all' ? true
      : typeof selector === 'string' ? media.kind === selector
      : 'mid' in selector ? media.mid === selector.mid
      : selector.media === index;
    if (chosen) out.push({ media, index, start });
    start += media.lines.length;
  });
  return out;
}

/** `document.lines` indices of the lines of one media description that satisfy `test`. */
export function linesWhere(selected: SelectedMedia, test: (line: Media['lines'][number]) => boolean): number[] {
  const out: number[] = [];
  selected.media.lines.forEach((line, j) => {
    if (test(line)) out.push(selected.start + j);
  });
  return out;
}
