import { codes, formatMessage } from '../parser/diagnostics/codes.js';
import type { AttributeFamily, FieldContext, LineFamily } from '../parser/model/family.js';
import type { SdpLine } from '../parser/model/line.js';
import type { Explained } from './types.js';
import { explained, field, paragraph } from './words.js';

/*
 * Lines that say nothing, or not what they mean to: blank lines, text that is
 * not `<type>=<value>`, unknown type letters, and typed lines whose value
 * does not follow its grammar. The explanation says what is wrong in words.
 */

const LINE_TYPES = 'v o s i u e p c b t r z k a m';

/** A line the parser could not split into type and value (type ''). */
export function explainUntyped(line: SdpLine): Explained {
  const text = line.source?.text ?? line.raw ?? '';
  if (text.trim() === '') {
    const spaces = text !== '';
    return explained({
      label: spaces ? 'Blank line (white space only)' : 'Blank line',
      summary: spaces ? 'A line of only white space: SDP has no blank lines' : 'An empty line: SDP has no blank lines',
      details: paragraph(
        'RFC 8866 §5 defines a description as `<type>=<value>` lines only',
        'Browsers reject some descriptions with blank lines and other stacks skip them; sdpkit keeps the line so the text prints back unchanged, and `format` drops it',
      ),
      ref: 'RFC 8866 §5',
    });
  }
  const eq = text.indexOf('=');
  const why =
    eq < 0
      ? 'it has no `=`'
      : eq === 0
        ? 'it has no type letter before `=`'
        : /\s/.test(text.slice(0, eq + 2))
          ? 'it has white space around `=`, which RFC 8866 does not allow'
          : `\`${text.slice(0, eq)}\` is not a single type letter`;
  return explained({
    label: 'Not an SDP line',
    summary: `This line is not \`<type>=<value>\`: ${why}`,
    details: paragraph(
      `Every SDP line is one type letter (${LINE_TYPES}), \`=\`, and a value (RFC 8866 §5)`,
      'The line is kept as text; most parsers reject the whole description because of it',
    ),
    ref: 'RFC 8866 §5',
    fields: [field('text', text, 'the line as written, not readable as SDP')],
  });
}

/** A line with a type letter RFC 8866 does not define (`x=`, `A=`, `f=`). */
export function explainUnknownLineType(line: SdpLine): Explained {
  const type = line.type;
  const lower = type.toLowerCase();
  const caseNote = type !== lower && LINE_TYPES.split(' ').includes(lower) ? `Type letters are lower case: \`${lower}=\` is a line type, \`${type}=\` is not` : undefined;
  return explained({
    label: `Unknown line type ${type}=`,
    summary: `Unknown line type \`${type}=\`: sdpkit does not know it and keeps the line as is`,
    details: paragraph(
      caseNote,
      `SDP defines the line types ${LINE_TYPES} (RFC 8866 §5); a parser must ignore or reject a description with a type letter it does not understand, so extensions use \`a=\` attributes instead`,
    ),
    ref: 'RFC 8866 §5',
    fields: [field('value', line.raw ?? '', 'kept as text')],
    unknown: true,
  });
}

/**
 * Why a typed value did not parse, in the parser's own words: the family's
 * parse runs again on the raw value, and what it reports is collected.
 */
export function valueProblems(family: AttributeFamily<unknown> | LineFamily<unknown>, raw: string): string[] {
  const messages: string[] = [];
  const ctx: FieldContext = {
    report(code, params) {
      messages.push(formatMessage(codes[code].message, params));
    },
  };
  try {
    family.parse(raw, ctx);
  } catch {
    // The parser never throws on its own input; if it did, the generic message below still explains.
  }
  return messages;
}

/** The explanation of a known line or attribute whose value could not be read. */
export function explainUnreadable(parts: { label: string; what: string; syntax: string; raw: string; problems: string[]; ref: string; about?: string | undefined }): Explained {
  const problems = parts.problems.length > 0 ? parts.problems : [`the value does not follow \`${parts.syntax}\``];
  return explained({
    label: `${parts.label} (unreadable)`,
    summary: `This ${parts.what} could not be read: ${problems[0] ?? ''}`,
    details: paragraph(
      parts.about,
      `Expected \`${parts.syntax}\``,
      problems.length > 1 ? `Also: ${problems.slice(1).join('; ')}` : undefined,
      'The line is kept as written; nothing else in the description is taken from it',
    ),
    ref: parts.ref,
    fields: [field('value', parts.raw, 'kept as text: it does not follow the grammar')],
  });
}
