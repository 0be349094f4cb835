import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import { AnyLine, MediaLine, allTokens } from '../lexer/tokens.js';

/**
 * The raw shape of a description, before any line is given meaning: the
 * session part, then one part per `m=` line (RFC 8866 §5):
 *
 *   description   = session-part *media-section
 *   session-part  = *AnyLine
 *   media-section = MediaLine *AnyLine
 *
 * AnyLine is a token category (typed, other and blank lines), so each loop
 * iteration is one token test rather than an alternation; an alternation
 * measured 15x slower here. Every token lands in exactly one section.
 */
export interface RawDescription {
  readonly session: IToken[];
  readonly media: IToken[][];
}

class SdpGrammar extends EmbeddedActionsParser {
  constructor() {
    // The grammar accepts any sequence the lexer can produce: no recovery needed.
    super(allTokens, { recoveryEnabled: false, skipValidations: true });
    this.performSelfAnalysis();
  }

  public description = this.RULE('description', (): RawDescription => {
    const session: IToken[] = [];
    const media: IToken[][] = [];
    this.MANY(() => {
      const line = this.CONSUME(AnyLine);
      this.ACTION(() => session.push(line));
    });
    this.MANY2(() => {
      const section = this.SUBRULE(this.mediaSection);
      this.ACTION(() => media.push(section));
    });
    return { session, media };
  });

  private mediaSection = this.RULE('mediaSection', (): IToken[] => {
    const lines: IToken[] = [this.CONSUME(MediaLine)];
    this.MANY(() => {
      const line = this.CONSUME2(AnyLine);
      this.ACTION(() => lines.push(line));
    });
    return lines;
  });
}

/** One grammar instance, reused (chevrotain parsers are built once and fed new input). */
export const sdpGrammar = new SdpGrammar();
