import { EarlyExitException, EmbeddedActionsParser, tokenMatcher, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { allTokens, lineTokens as L } from '../lexer/tokens.js';

/**
 * The structure of a session description, RFC 8866 §9, one token per line:
 *
 *   description      = session-part *media-description
 *   session-part     = v o s [i] [u] *e *p [c] *b 1*time-description [z] [k] *a
 *   time-description = t *r
 *   media-description = m [i] *c *b [k] *a
 *
 * (RFC 8866 puts `z=` inside the time description after its `r=` lines;
 * RFC 4566 after all of them. Both read the same way here: at most one `z=`,
 * after the `t=`/`r=` lines.)
 *
 * The grammar decides where each line belongs. Chevrotain's error recovery
 * re-syncs at the next line: a line out of place is skipped (it stays in its
 * section and in the document, only the grammar has no place for it), and a
 * required line that is absent is inserted virtually. What was skipped and
 * what is absent is turned into diagnostics in SDP terms by ./recovery.ts,
 * with facts about each slot read from these rules (./slots.ts), so the
 * rules here are the one statement of SDP's line order.
 *
 * The grammar never skips an `m=` line, so every `m=` line opens a media
 * description, whatever comes before it.
 */
export interface Outline {
  /** For each parser token: 1 when the grammar placed it, 0 when recovery skipped it. */
  readonly placed: Uint8Array;
  /** The index of the token (an `m=` line) that starts each media description, in order. */
  readonly mediaStarts: readonly number[];
}

/** Recoveries allowed in one parse; past them a hostile input stops being re-synced (see `recover`). */
const RECOVERY_BUDGET = 256;

/**
 * The parts of chevrotain's recognizer that recovery is steered through. They
 * are not in its typings; chevrotain 11 has them on every parser
 * (traits/recoverable.js, error_handler.js, lexer_adapter.js).
 */
interface RecognizerInternals {
  recoveryEnabled: boolean;
  attemptInRepetitionRecovery: (...args: never[]) => void;
  exportLexerState(): number;
  importLexerState(index: number): void;
  flattenFollowSet(): TokenType[];
}
const internals = (parser: SdpGrammar): RecognizerInternals => parser as unknown as RecognizerInternals;
function noRecovery(): void {}

/** Messages are not built here: ./recovery.ts words every problem from the outline. */
const silent: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: () => '',
  buildNotAllInputParsedMessage: () => '',
  buildNoViableAltMessage: () => '',
  buildEarlyExitMessage: () => '',
};

export class SdpGrammar extends EmbeddedActionsParser {
  private placed: Uint8Array = new Uint8Array(0);
  private mediaStarts: number[] = [];
  private recoveries = 0;
  /** Chevrotain's re-sync inside repetitions, put back at the start of each parse. */
  private readonly inRepetitionRecovery: RecognizerInternals['attemptInRepetitionRecovery'];

  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 1, skipValidations: true, errorMessageProvider: silent });
    this.performSelfAnalysis();
    this.inRepetitionRecovery = internals(this).attemptInRepetitionRecovery;
  }

  /** Parses a token vector and tells which tokens have a place in the structure. */
  outline(tokens: IToken[]): Outline {
    this.placed = new Uint8Array(tokens.length);
    this.mediaStarts = [];
    // Recovery works by throwing chevrotain's exceptions, which are Errors:
    // capturing their stack traces was the largest single cost of parsing a
    // description with structural problems, and nobody reads those stacks.
    // (`stackTraceLimit` is V8's, in Node and Chromium; elsewhere this sets a harmless property.)
    const errors = Error as ErrorConstructor & { stackTraceLimit?: number | undefined };
    const stackTraceLimit = errors.stackTraceLimit;
    errors.stackTraceLimit = 0;
    try {
      this.walk(tokens);
    } finally {
      errors.stackTraceLimit = stackTraceLimit;
    }
    const outline: Outline = { placed: this.placed, mediaStarts: this.mediaStarts };
    // The grammar instance is shared: drop its references so the tokens can be collected.
    this.input = [];
    this.placed = new Uint8Array(0);
    this.mediaStarts = [];
    return outline;
  }

  private walk(tokens: IToken[]): void {
    this.run(tokens, 0, this.description);
    // Past the recovery budget, or at a line with no place before the end, the
    // parse stops: go on from the next m= line, which always opens a media description.
    for (;;) {
      const stop = internals(this).exportLexerState() + 1;
      let next = stop;
      while (next < tokens.length && tokens[next]!.tokenType !== L.m) next++;
      if (next >= tokens.length) break;
      this.run(tokens, next, this.mediaDescriptions);
    }
  }

  /** Runs `rule` on the tokens from index `from` on, with a fresh recovery budget. */
  private run(tokens: IToken[], from: number, rule: () => void): void {
    const self = internals(this);
    self.recoveryEnabled = true;
    self.attemptInRepetitionRecovery = this.inRepetitionRecovery;
    this.recoveries = 0;
    this.input = tokens;
    self.importLexerState(from - 1);
    rule.call(this);
  }

  public description = this.RULE('description', () => {
    this.SUBRULE(this.sessionPart);
    this.MANY(() => this.SUBRULE(this.mediaDescription));
  });

  /** Where a parse that stopped early goes on: media descriptions to the end. */
  public mediaDescriptions = this.RULE('mediaDescriptions', () => {
    this.MANY(() => this.SUBRULE(this.mediaDescription));
  });

  public sessionPart = this.RULE('sessionPart', () => {
    this.line(this.CONSUME(L.v));
    this.line(this.CONSUME(L.o));
    this.line(this.CONSUME(L.s));
    this.OPTION(() => this.line(this.CONSUME(L.i)));
    this.OPTION2(() => this.line(this.CONSUME(L.u)));
    this.MANY(() => this.line(this.CONSUME(L.e)));
    this.MANY2(() => this.line(this.CONSUME(L.p)));
    this.OPTION3(() => this.line(this.CONSUME(L.c)));
    this.MANY3(() => this.line(this.CONSUME(L.b)));
    this.AT_LEAST_ONE(() => this.SUBRULE(this.timeDescription));
    this.OPTION4(() => this.line(this.CONSUME(L.z)));
    this.OPTION5(() => this.line(this.CONSUME(L.k)));
    this.MANY4(() => this.line(this.CONSUME(L.a)));
  });

  public timeDescription = this.RULE('timeDescription', () => {
    this.line(this.CONSUME(L.t));
    this.MANY(() => this.line(this.CONSUME(L.r)));
  });

  public mediaDescription = this.RULE('mediaDescription', () => {
    const m = this.CONSUME(L.m);
    this.ACTION(() => this.mediaStarts.push(internals(this).exportLexerState()));
    this.line(m);
    this.OPTION(() => this.line(this.CONSUME(L.i)));
    this.MANY(() => this.line(this.CONSUME(L.c)));
    this.MANY2(() => this.line(this.CONSUME(L.b)));
    this.OPTION2(() => this.line(this.CONSUME(L.k)));
    this.MANY3(() => this.line(this.CONSUME(L.a)));
  });

  /** Marks the token just consumed as placed (a token inserted by recovery is not in the input). */
  private line(token: IToken): void {
    this.ACTION(() => {
      if (token.isInsertedInRecovery !== true) this.placed[internals(this).exportLexerState()] = 1;
    });
  }

  /*
   * Recovery. An `m=` line is never deleted to make room for what the
   * grammar expected: it always opens its media description. And recovery
   * has a budget: each re-sync inside a repetition nests a call in
   * chevrotain and scans ahead for a re-sync point, so a hostile input with
   * thousands of misplaced lines would cost quadratic time and a deep stack.
   * Past the budget the parse stops re-syncing and ends at the next problem;
   * the lines left are still in the document, reported as out of place.
   */
  override canTokenTypeBeDeletedInRecovery(_expected: TokenType): boolean {
    return this.LA(1).tokenType !== L.m;
  }

  /**
   * Where a re-sync may stop: the first line ahead that can follow a rule
   * being parsed (chevrotain's own rule), or an `m=` line, whichever comes
   * first. Chevrotain scans to that point for every recovery; at the top
   * level its only follow is the end of input, so without the `m=` stop each
   * recovery would scan to the end: quadratic on a long hostile input. An
   * `m=` line ends every re-sync anyway: it always opens a media description.
   */
  findReSyncTokenType(): TokenType {
    const follows = internals(this).flattenFollowSet();
    for (let k = 1; ; k++) {
      const token = this.LA(k);
      if (token.tokenType === L.m) return L.m;
      for (const type of follows) if (tokenMatcher(token, type)) return type;
    }
  }

  /**
   * An AT_LEAST_ONE that found none (a description without `t=`). Chevrotain
   * works out every path the repetition could have taken, to word its
   * message; ./recovery.ts words the problem instead, so only the exception
   * that drives recovery is made (the paths were a third of the time spent
   * on the corpus's descriptions without `t=`).
   */
  raiseEarlyExitException(): never {
    throw this.SAVE_ERROR(new EarlyExitException('', this.LA(1), this.LA(0)));
  }

  /**
   * Every recovery saves an error: the place to count them. The errors are
   * not kept (chevrotain would record the rule stack with each): the outline
   * is the grammar's result, and ./recovery.ts reads problems from it.
   */
  SAVE_ERROR(error: IRecognitionException): IRecognitionException {
    const self = internals(this);
    if (++this.recoveries > RECOVERY_BUDGET && self.recoveryEnabled) {
      self.recoveryEnabled = false;
      self.attemptInRepetitionRecovery = noRecovery;
    }
    return error;
  }
}

let grammar: SdpGrammar | undefined;

/** The one grammar instance, built on first use (chevrotain parsers are built once and fed new input). */
export function sdpGrammar(): SdpGrammar {
  grammar ??= new SdpGrammar();
  return grammar;
}
