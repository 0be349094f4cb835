import { parse } from '../parser/index.js';
import type { SdpDocument } from '../parser/model/document.js';

export interface DescriptionTypeGuess {
  /** undefined when the text does not tell. */
  type?: 'offer' | 'answer';
  /** Why, in words, naming the line that decided it. */
  evidence: string;
  line?: number;
}

/**
 * Offer or answer? SDP itself does not say; DTLS setup does in practice:
 * an offer's setup is `actpass` (RFC 8842 §5.2; JSEP, RFC 9429 §5.2.1,
 * always offers actpass) and an answer's is `active` or `passive` (never
 * actpass, RFC 8842 §5.3). Without a=setup the text does not tell.
 */
export function detectDescriptionType(input: SdpDocument | string): DescriptionTypeGuess {
  const document = typeof input === 'string' ? parse(input).document : input;
  let answerLine: number | undefined;
  let answerRole = '';
  for (const line of document.lines) {
    if (line.type !== 'a' || line.name !== 'setup' || line.value === undefined) continue;
    const role = line.value as string;
    const at = line.source?.line;
    if (role === 'actpass') {
      return { type: 'offer', evidence: `a=setup:actpass${at ? ` (line ${at})` : ''}: only an offer leaves the DTLS role open`, ...(at ? { line: at } : {}) };
    }
    if ((role === 'active' || role === 'passive') && answerLine === undefined) {
      answerLine = at ?? 0;
      answerRole = role;
    }
  }
  if (answerLine !== undefined) {
    return {
      type: 'answer',
      evidence: `a=setup:${answerRole}${answerLine ? ` (line ${answerLine})` : ''} and no actpass: an answer picks the DTLS role`,
      ...(answerLine ? { line: answerLine } : {}),
    };
  }
  return { evidence: 'no a=setup line: the text does not say whether it is an offer or an answer' };
}
