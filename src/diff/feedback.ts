import type { RtcpFb } from '../parser/model/attributes/rtcp-fb.js';
import type { SdpLine } from '../parser/model/line.js';
import type { Codec, Feedback } from '../parser/model/media.js';
import { diffFinding, type DiffFinding } from './findings.js';
import { findAttribute, lineNumber, setIfDefined } from './lines.js';

/*
 * RFC 4585 §4.2: rtcp-fb lines name a payload type (or `*` for all). An
 * answerer keeps the feedback types it supports among the offered ones; it
 * does not add new ones for a codec. Feedback is compared per codec, by type
 * and subtype (`nack` and `nack pli` are different), on the payload type each
 * side uses for it.
 */

export interface FeedbackItem {
  /** `type[ subtype[ parameters]]`, e.g. "nack pli", "ccm fir", "transport-cc". */
  value: string;
  offerLine?: number;
  answerLine?: number;
}

export interface FeedbackDiff {
  kept: FeedbackItem[];
  dropped: FeedbackItem[];
  /** In the answer but not offered for this codec. */
  added: FeedbackItem[];
}

function feedbackKey(f: Feedback): string {
  return f.subtype === undefined ? f.type : `${f.type} ${f.subtype}`;
}

function feedbackText(f: Feedback): string {
  return [f.type, f.subtype, f.parameters].filter((x) => x !== undefined).join(' ');
}

function feedbackLine(lines: readonly SdpLine[], pt: number, f: Feedback): number | undefined {
  const same = (v: RtcpFb): boolean => v.type === f.type && v.subtype === f.subtype;
  return lineNumber(findAttribute(lines, 'rtcp-fb', (v) => v.payloadType === pt && same(v)) ?? findAttribute(lines, 'rtcp-fb', (v) => v.payloadType === '*' && same(v)));
}

export interface FeedbackContext {
  offerLines: readonly SdpLine[];
  answerLines: readonly SdpLine[];
  section: number;
  mid?: string | undefined;
  findings: DiffFinding[];
}

/** Compares the rtcp-fb lists of one accepted codec. */
export function diffFeedback(offer: Codec, answer: Codec, ctx: FeedbackContext): FeedbackDiff {
  const out: FeedbackDiff = { kept: [], dropped: [], added: [] };
  const answered = new Map<string, Feedback>();
  for (const f of answer.feedback) if (!answered.has(feedbackKey(f))) answered.set(feedbackKey(f), f);
  const offered = new Set<string>();
  for (const f of offer.feedback) {
    const key = feedbackKey(f);
    if (offered.has(key)) continue;
    offered.add(key);
    const item: FeedbackItem = { value: feedbackText(f) };
    setIfDefined(item, 'offerLine', feedbackLine(ctx.offerLines, offer.payloadType, f));
    const a = answered.get(key);
    if (a === undefined) {
      out.dropped.push(item);
    } else {
      setIfDefined(item, 'answerLine', feedbackLine(ctx.answerLines, answer.payloadType, a));
      out.kept.push(item);
    }
  }
  for (const [key, f] of answered) {
    if (offered.has(key)) continue;
    const item: FeedbackItem = { value: feedbackText(f) };
    const line = feedbackLine(ctx.answerLines, answer.payloadType, f);
    setIfDefined(item, 'answerLine', line);
    out.added.push(item);
    ctx.findings.push(diffFinding(
      'feedback-not-offered',
      `the answer lists rtcp-fb "${item.value}" for ${answer.name} (PT ${answer.payloadType}), which the offer did not list for PT ${offer.payloadType}`,
      { side: 'answer', line, section: ctx.section, mid: ctx.mid },
    ));
  }
  return out;
}
