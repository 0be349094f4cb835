import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createDocument, DiagnosticSchema, diagnosticCodes, format, parse, print, safeCreateDocument, SdpDocumentSchema } from '../../src/index.js';
import type { Diagnostic, SdpLine } from '../../src/index.js';
import type { AttributeFamily, FieldContext, LineFamily } from '../../src/parser/model/family.js';
import { attributeLevels, valueFamilies } from '../../src/parser/model/attributes/index.js';
import { lineFamilies } from '../../src/parser/model/lines/index.js';
import { attributeSchema, lineSchema } from '../../src/parser/model/schemas.js';
import { anyUtf16, attributeArbitraries, fieldMutatedText, lineArbitraries, nearlyValidText, sdpDocument, sdpLikeText } from '../arbitraries/sdp.js';

/*
 * One fast-check property per invariant of the parser contract (DESIGN.md,
 * "Contracts"). Run counts are sized so this file stays within a few seconds;
 * raise them locally with FC_NUM_RUNS_SCALE=10 to search harder.
 */
const scale = Number(process.env['FC_NUM_RUNS_SCALE'] ?? '1');
const runs = (n: number): fc.Parameters<unknown> => ({ numRuns: Math.max(1, Math.round(n * scale)) });

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

interface Report {
  code: string;
  params: unknown;
  start: number;
  end: number;
}

/** A FieldContext that keeps every report, as a family test needs. */
function collectingContext(): FieldContext & { reports: Report[] } {
  const reports: Report[] = [];
  return {
    reports,
    report(code, params, start, end) {
      reports.push({ code, params, start, end });
    },
  };
}

/** The input's lines as the parser counts them: split at CRLF, LF or CR; a final end-of-line opens no new line. */
function sourceLines(text: string): string[] {
  const parts = text.split(/\r\n|\n|\r/);
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** Every way a diagnostic's range could fall outside the input; empty when it is inside. */
function positionProblems(text: string, d: Diagnostic): string[] {
  const lines = sourceLines(text);
  const lineCount = Math.max(1, lines.length);
  const lengthOf = (n: number): number => lines[n - 1]?.length ?? 0;
  const problems: string[] = [];
  if (!(d.line >= 1 && d.line <= lineCount)) problems.push(`line ${d.line} not in 1..${lineCount}`);
  if (!(d.endLine >= 1 && d.endLine <= lineCount)) problems.push(`endLine ${d.endLine} not in 1..${lineCount}`);
  if (!(d.column >= 1 && d.column <= lengthOf(d.line) + 1)) problems.push(`column ${d.column} not in 1..${lengthOf(d.line) + 1}`);
  if (!(d.endColumn >= 1 && d.endColumn <= lengthOf(d.endLine) + 1)) problems.push(`endColumn ${d.endColumn} not in 1..${lengthOf(d.endLine) + 1}`);
  if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) problems.push(`end ${d.endLine}:${d.endColumn} before start ${d.line}:${d.column}`);
  return problems;
}

/** What must survive createDocument → format → parse for each line. */
function typedView(line: SdpLine): { type: string; name: string | undefined; value: unknown; raw?: string | undefined } {
  const view: { type: string; name: string | undefined; value: unknown; raw?: string | undefined } = { type: line.type, name: line.name, value: line.value };
  // An untyped line (unknown attribute, flag) is carried by its raw text instead.
  if (line.value === undefined) view.raw = line.raw;
  return view;
}

function errors(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

const allInputs = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 2 },
  { arbitrary: anyUtf16, weight: 1 },
  { arbitrary: sdpLikeText, weight: 4 },
  { arbitrary: nearlyValidText, weight: 2 },
);

// ---------------------------------------------------------------------------
// parse is total and print is lossless
// ---------------------------------------------------------------------------

describe('parse is total and print(parse(x)) === x', () => {
  const lossless = (text: string): void => {
    const result = parse(text);
    expect(print(result.document)).toBe(text);
    // The fallback for an internal crash keeps print lossless too; a crash is still a bug.
    expect(result.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
  };

  it('for any string of code points (full unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), lossless), runs(300));
  });

  it('for any UTF-16 string, lone surrogates included', () => {
    fc.assert(fc.property(anyUtf16, lossless), runs(300));
  });

  it('for SDP-like text (real lines, garbage, mixed CRLF/LF/CR, blank and very long lines, no final EOL)', () => {
    fc.assert(fc.property(sdpLikeText, lossless), runs(300));
  });

  it('for nearly valid documents with LF or CR endings and a missing last EOL', () => {
    fc.assert(fc.property(nearlyValidText, lossless), runs(100));
  });
});

// ---------------------------------------------------------------------------
// Diagnostics point inside the input
// ---------------------------------------------------------------------------

describe('diagnostics always point inside the input', () => {
  it('1 <= line <= lines (1 for empty input), 1 <= column <= length + 1, end not before start', () => {
    fc.assert(
      fc.property(allInputs, (text) => {
        for (const d of parse(text).diagnostics) {
          expect(positionProblems(text, d), `${d.code} at ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`).toEqual([]);
        }
      }),
      runs(400),
    );
  });

  it('every diagnostic fits DiagnosticSchema and carries its catalogue code and severity', () => {
    fc.assert(
      fc.property(allInputs, (text) => {
        for (const d of parse(text).diagnostics) {
          DiagnosticSchema.parse(d);
          const catalogue = diagnosticCodes as Record<string, { severity: string } | undefined>;
          expect(catalogue[d.code], d.code).toBeDefined();
          // A truncation summary carries the severity of the code it counts (codes.ts).
          const counted = d.code === 'diagnostics-truncated' ? /`([a-z-]+)` diagnostics/.exec(d.message)?.[1] : d.code;
          expect(d.severity).toBe(catalogue[counted ?? '']?.severity);
          // Every placeholder of the template was filled (quoted input may hold braces of its own).
          const template = (diagnosticCodes as Record<string, { message: string } | undefined>)[d.code]?.message ?? '';
          for (const placeholder of template.match(/\{\w+\}/g) ?? []) expect(d.message).not.toContain(placeholder);
        }
      }),
      runs(200),
    );
  });
});

// ---------------------------------------------------------------------------
// Every typed family: parse ∘ write is the identity on valid values
// ---------------------------------------------------------------------------

type AnyFamily = AttributeFamily<unknown> | LineFamily<unknown>;
const familyCases: { label: string; family: AnyFamily; schema: z.ZodMiniType | undefined; arb: fc.Arbitrary<unknown> }[] = [
  ...valueFamilies.flatMap((f) =>
    f.names.map((name) => ({ label: `a=${name}`, family: f as AttributeFamily<unknown>, schema: attributeSchema(name), arb: (attributeArbitraries as Record<string, fc.Arbitrary<unknown>>)[name]! })),
  ),
  ...lineFamilies.map((f) => ({ label: `${f.type}=`, family: f as LineFamily<unknown>, schema: lineSchema(f.type), arb: (lineArbitraries as Record<string, fc.Arbitrary<unknown>>)[f.type]! })),
];

describe('typed families: parse(write(v)) deep-equals v, without a diagnostic', () => {
  it('every family in valueFamilies and lineFamilies has an arbitrary', () => {
    for (const c of familyCases) expect(c.arb, c.label).toBeDefined();
    for (const c of familyCases) expect(c.schema, c.label).toBeDefined();
    expect(familyCases.length).toBe(valueFamilies.reduce((n, f) => n + f.names.length, 0) + lineFamilies.length);
  });

  it.each(familyCases.map((c) => [c.label, c] as const))('%s', (_label, { family, schema, arb }) => {
    fc.assert(
      fc.property(arb, (v) => {
        // The arbitrary itself must stay valid: its values satisfy the family's schema.
        expect(schema?.safeParse(v).success).toBe(true);
        const written = family.write(v);
        const ctx = collectingContext();
        const back = family.parse(written, ctx);
        expect(ctx.reports).toEqual([]);
        expect(back).toStrictEqual(v);
        // The writer is a fixed point of parse ∘ write.
        expect(family.write(back)).toBe(written);
      }),
      runs(150),
    );
  });
});

// ---------------------------------------------------------------------------
// Whole typed documents: createDocument → format → parse
// ---------------------------------------------------------------------------

describe('typed documents', () => {
  const documents = sdpDocument();

  it('createDocument → format → parse gives the same lines (type, name, value) and no diagnostic at all', () => {
    fc.assert(
      fc.property(documents, (input) => {
        const text = format(createDocument(input));
        const { document, diagnostics } = parse(text);
        expect(errors(diagnostics)).toEqual([]);
        // Stricter than "no error": a canonical document written by format is clean.
        expect(diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`)).toEqual([]);
        expect(document.lines.map(typedView)).toStrictEqual(input.lines.map(typedView));
      }),
      runs(100),
    );
  });

  it('format is idempotent: format(parse(format(d))) === format(d)', () => {
    fc.assert(
      fc.property(documents, (input) => {
        const once = format(createDocument(input));
        expect(format(parse(once).document)).toBe(once);
      }),
      runs(100),
    );
  });

  it('a document built in canonical order prints as it formats, and print is lossless on the result', () => {
    fc.assert(
      fc.property(documents, (input) => {
        const built = createDocument(input);
        const text = format(built);
        expect(print(built)).toBe(text);
        expect(print(parse(text).document)).toBe(text);
      }),
      runs(50),
    );
  });
});

// ---------------------------------------------------------------------------
// createDocument rejects invalid values, naming the line and the field
// ---------------------------------------------------------------------------

/**
 * One invalid edit per family: [line type or attribute name, field path inside
 * the value, bad value for that field]. The path [] means the value itself.
 */
type Mutation = readonly [kind: string, path: readonly (string | number)[], bad: unknown];
const mutations: readonly Mutation[] = [
  ['rtpmap', ['clockRate'], 0],
  ['rtpmap', ['payloadType'], 128],
  ['rtpmap', ['encodingName'], 'opus/48000'],
  ['rtpmap', ['channels'], 0],
  ['fmtp', ['format'], '96 97'],
  ['ptime', [], 0],
  ['maxptime', [], -20],
  ['framerate', [], 'thirty'],
  ['rtcp-fb', ['payloadType'], 200],
  ['rtcp-fb', ['type'], ''],
  ['extmap', ['id'], 0],
  ['extmap', ['direction'], 'both'],
  ['group', ['semantics'], 'BUN DLE'],
  ['mid', [], 'a b'],
  ['candidate', ['component'], 0],
  ['candidate', ['port'], 70000],
  ['candidate', ['foundation'], 'not ice chars!'],
  ['candidate', ['priority'], -1],
  ['candidate', ['extensions', 0, 1], 'two words'],
  ['remote-candidates', [0, 'component'], 257],
  ['ice-ufrag', [], 'has space'],
  ['ice-pwd', [], 'bad!chars'],
  ['ice-options', [], []],
  ['fingerprint', ['fingerprint'], 'AB-CD'],
  ['setup', [], 'both'],
  ['tls-id', [], 'has space'],
  ['rtcp', ['port'], 65536],
  ['msid', ['streamId'], ''],
  ['msid-semantic', ['semantic'], 'W MS'],
  ['ssrc', ['ssrc'], 2 ** 32],
  ['ssrc-group', ['ssrcs', 0], -1],
  ['rid', ['direction'], 'sendrecv'],
  ['rid', ['id'], 'h!'],
  ['simulcast', ['directions', 0, 'streams', 0, 0, 'rid'], 'a b'],
  ['sctp-port', [], 65536],
  ['max-message-size', [], -1],
  ['sctpmap', ['port'], 70000],
  ['crypto', ['tag'], 1e10],
  ['identity', ['assertion'], 'not base64!'],
  ['imageattr', ['payloadType'], 128],
  ['v', [], -1],
  ['o', ['sessionId'], '12a'],
  ['o', ['username'], ''],
  ['s', [], 42],
  ['c', ['ttl'], 256],
  ['c', ['count'], 0],
  ['b', ['bandwidth'], -1],
  ['b', ['type'], 'A S'],
  ['t', ['start'], 'now'],
  ['r', ['offsets'], []],
  ['z', ['adjustments', 0, 'offset'], '+1h'],
  ['k', ['method'], ''],
  ['m', ['port'], 70000],
  ['m', ['portCount'], 0],
];

/** Sets `bad` at `path` inside a copy of `value` (creating the first array element when the path needs one). */
function setAt(value: unknown, path: readonly (string | number)[], bad: unknown): unknown {
  if (path.length === 0) return bad;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy: Record<string | number, unknown> = Array.isArray(value) ? [...(value as unknown[])] as unknown as Record<number, unknown> : { ...(value as Record<string, unknown>) };
  let inner = copy[head];
  if (inner === undefined && rest.length > 0) inner = typeof rest[0] === 'number' ? [] : {};
  // A path through an empty array (extensions, ssrcs) needs an element to hold the bad field.
  if (Array.isArray(inner) && typeof rest[0] === 'number' && inner.length === 0) inner = rest.length > 1 ? [['name', 'value']] : [0];
  copy[head] = setAt(inner, rest, bad);
  return copy;
}

function validValue(kind: string): fc.Arbitrary<unknown> {
  const attr = (attributeArbitraries as Record<string, fc.Arbitrary<unknown> | undefined>)[kind];
  return attr ?? (lineArbitraries as Record<string, fc.Arbitrary<unknown>>)[kind]!;
}

describe('createDocument rejects invalid values with a ZodError naming line and field', () => {
  it.each(mutations.map((m) => [`${m[0].length === 1 ? `${m[0]}=` : `a=${m[0]}`} ${m[1].join('.') || '(value)'} = ${JSON.stringify(m[2])}`, m] as const))(
    '%s',
    (_label, [kind, path, bad]) => {
      fc.assert(
        fc.property(sdpDocument({ maxMedia: 2, maxAttributes: 4 }), validValue(kind), fc.nat(), (doc, valid, at) => {
          const line: SdpLine = kind.length === 1 ? { type: kind, value: setAt(valid, path, bad) as never } : { type: 'a', name: kind, value: setAt(valid, path, bad) as never };
          const index = at % (doc.lines.length + 1);
          const lines = [...doc.lines.slice(0, index), line, ...doc.lines.slice(index)];
          let thrown: unknown;
          try {
            createDocument({ lines });
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(z.core.$ZodError);
          const issues = (thrown as z.core.$ZodError).issues;
          expect(issues.map((i) => i.path)).toContainEqual(['lines', index, 'value', ...path]);
          // Only the edited line is at fault.
          for (const issue of issues) expect(issue.path.slice(0, 2)).toEqual(['lines', index]);
          const safe = safeCreateDocument({ lines });
          expect(safe.success).toBe(false);
        }),
        runs(15),
      );
    },
  );

  it('names the line of a structurally bad line too (type, name, raw)', () => {
    const bad = (line: unknown): (string | number)[][] => {
      const r = safeCreateDocument({ lines: [{ type: 'v', value: 0 }, line] });
      return r.success ? [] : r.error.issues.map((i) => i.path as (string | number)[]);
    };
    expect(bad({ type: 'ab' })).toEqual([['lines', 1, 'type']]);
    expect(bad({ type: 'a', name: 'rtp:map' })).toEqual([['lines', 1, 'name']]);
    expect(bad({ type: 'a', name: 'x', raw: 'a\r\nb' })).toEqual([['lines', 1, 'raw']]);
    expect(bad({ type: 'a', name: 'rtcp-mux', value: true })).toEqual([['lines', 1, 'value']]);
  });
});

// ---------------------------------------------------------------------------
// The schemas and the parser agree (both directions)
// ---------------------------------------------------------------------------

describe('parse output is a valid model', () => {
  it('every parsed document satisfies SdpDocumentSchema, and createDocument accepts its lines', () => {
    fc.assert(
      fc.property(allInputs, (text) => {
        const { document } = parse(text);
        const asDocument = SdpDocumentSchema.safeParse(document);
        expect(asDocument.success ? [] : asDocument.error.issues.map((i) => i.path.join('.'))).toEqual([]);
        const rebuilt = safeCreateDocument({ lines: document.lines });
        expect(rebuilt.success ? [] : rebuilt.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
      }),
      runs(300),
    );
  });

  it('whatever parse accepts without an error, createDocument accepts (lines with one field emptied, dropped or doubled)', () => {
    fc.assert(
      fc.property(fieldMutatedText, (text) => {
        const { document, diagnostics } = parse(text);
        const rebuilt = safeCreateDocument({ lines: document.lines });
        const problems = rebuilt.success ? [] : rebuilt.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        // Stronger than the contract needs (errors or not, the lines must build); the error count says which case failed.
        expect({ errors: errors(diagnostics).length > 0, problems }).toEqual({ errors: errors(diagnostics).length > 0, problems: [] });
      }),
      runs(3000),
    );
  });

  // Counterexamples the property above found, kept as plain examples (one per cause).
  const HEAD = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n';
  it.each([
    ['an attribute with an empty name (`a=:x`)', 'a=:x'],
    ['an ice-ufrag with a bad character, kept with an error', 'a=ice-ufrag:F7g:I'],
    ['an ice-pwd with a space, kept with an error', 'a=ice-pwd:x9cml/YzichV2+Xlh iMu8g'],
    ['an ssrc attribute name with a space (`cname x`)', 'a=ssrc:1399694169 cname qPTZ+BI+42mgbOi+'],
    ['a rid restriction with an empty key (`;=1`)', 'a=rid:h send pt=96;=1280'],
    ['a rid with an empty payload type (`pt=96,`)', 'a=rid:h send pt=96,'],
    ['a k= line with an empty method (`k=:x`)', 'k=:x'],
    ['a c= line with a TTL and no address (`c=IN IP4 /127`), an error since', 'c=IN IP4 /127'],
  ])('%s', (_name, line) => {
    const { document } = parse(`${HEAD}${line}\r\n`);
    const rebuilt = safeCreateDocument({ lines: document.lines });
    expect(rebuilt.success ? [] : rebuilt.error.issues.map((i) => i.path.join('.'))).toEqual([]);
  });
});

/** Places a typed line in a minimal typed document where its type or level allows it; returns the lines and its index. */
function typedDocumentWith(line: SdpLine): { lines: SdpLine[]; index: number } {
  const base: SdpLine[] = [
    { type: 'v', value: 0 },
    { type: 'o', value: { username: '-', sessionId: '4611731400430051336', sessionVersion: '2', netType: 'IN', addressType: 'IP4', address: '127.0.0.1' } },
    { type: 's', value: '-' },
    { type: 'c', value: { netType: 'IN', addressType: 'IP4', address: '0.0.0.0' } },
    { type: 't', value: { start: '0', stop: '0' } },
    { type: 'm', value: { kind: 'audio', port: 9, protocol: 'UDP/TLS/RTP/SAVPF', formats: ['111'] } },
    { type: 'a', name: 'rtpmap', value: { payloadType: 111, encodingName: 'opus', clockRate: 48000, channels: 2 } },
  ];
  const replaceAt = ['v', 'o', 's', 'c', 't', 'm'].indexOf(line.type);
  if (replaceAt >= 0) return { lines: base.map((l, i) => (i === replaceAt ? line : l)), index: replaceAt };
  const sessionOnly = line.type === 'a' && !(attributeLevels(line.name ?? '')?.includes('media') ?? true);
  const index = sessionOnly ? 5 : line.type === 'a' ? 7 : 6;
  return { lines: [...base.slice(0, index), line, ...base.slice(index)], index };
}

/*
 * Values the schemas accept must survive format → parse: either createDocument
 * rejects them (the schema is as strict as the parser) or the written line
 * reads back as the same value without a diagnostic. Each row is a value that
 * does neither today.
 */
describe('createDocument accepts only values that format and parse read back', () => {
  const attr = (name: string, value: unknown): SdpLine => ({ type: 'a', name, value: value as never });
  const line = (type: string, value: unknown): SdpLine => ({ type, value: value as never });
  const candidateBase = { foundation: '1', component: 1, transport: 'udp', priority: 2122260223, address: '192.0.2.1', port: 5000, type: 'host', extensions: [] };
  const rows: Record<string, SdpLine> = {
    // Controls: valid values at each place the harness puts a line (these pass).
    'control: a valid s=': line('s', 'Talk'),
    'control: a valid o=': line('o', { username: 'jdoe', sessionId: '18446744073709551615', sessionVersion: '2', netType: 'IN', addressType: 'IP4', address: '127.0.0.1' }),
    'control: a valid c= multicast': line('c', { netType: 'IN', addressType: 'IP4', address: '224.2.1.1', ttl: 127, count: 3 }),
    'control: a valid m=': line('m', { kind: 'audio', port: 49170, portCount: 2, protocol: 'UDP/TLS/RTP/SAVPF', formats: ['111'] }),
    'control: a valid k= in a media section': line('k', { method: 'prompt' }),
    'control: a valid session attribute (a=group)': attr('group', { semantics: 'BUNDLE', mids: ['0'] }),
    'control: a valid media attribute (a=candidate)': attr('candidate', { ...candidateBase, relatedAddress: '192.0.2.2', relatedPort: 9, extensions: [['generation', '0']] }),
    // A line break inside a typed string value writes extra SDP lines (injection).
    's= with a line break (injects `k=clear:evil`)': line('s', '-\r\nk=clear:evil'),
    'a=mid with a line break (injects `a=inject`)': attr('mid', '0\r\na=inject'),
    'a=candidate address with a line break': attr('candidate', { ...candidateBase, address: '192.0.2.1\r\na=end-of-candidates' }),
    'a=ssrc value with a line break': attr('ssrc', { ssrc: 1, attribute: 'cname', value: 'x\ny' }),
    'a=fmtp parameter value with a line break': attr('fmtp', { format: '111', parameters: [{ key: 'minptime', value: '10\r\na=x' }] }),
    'a=extmap uri with a line break': attr('extmap', { id: 1, uri: 'urn:x\r\na=x' }),
    // Numbers the writer cannot spell as RFC 8866 reals.
    'a=ptime 1e-7 (written `1e-7`)': attr('ptime', 1e-7),
    'a=maxptime 1e21 (written `1e+21`)': attr('maxptime', 1e21),
    // Ranges the parser enforces and the schema does not.
    'a=extmap id 15 (reserved, RFC 8285 §5)': attr('extmap', { id: 15, uri: 'urn:ietf:params:rtp-hdrext:sdes:mid' }),
    'a=extmap id 300 (neither one-byte nor two-byte)': attr('extmap', { id: 300, uri: 'urn:ietf:params:rtp-hdrext:sdes:mid' }),
    'a=rtpmap channels 256': attr('rtpmap', { payloadType: 111, encodingName: 'opus', clockRate: 48000, channels: 256 }),
    'a=rtpmap clockRate 2^32': attr('rtpmap', { payloadType: 111, encodingName: 'opus', clockRate: 2 ** 32 }),
    'a=sctpmap streams 70000': attr('sctpmap', { port: 5000, protocol: 'webrtc-datachannel', streams: 70000 }),
    'm= portCount 70000': line('m', { kind: 'audio', port: 9, portCount: 70000, protocol: 'UDP/TLS/RTP/SAVPF', formats: ['111'] }),
    'c= address count 2^31': line('c', { netType: 'IN', addressType: 'IP6', address: 'ff15::101', count: 2 ** 31 }),
    'a=fingerprint sha-256 of 2 bytes': attr('fingerprint', { hashFunction: 'sha-256', fingerprint: 'AB:CD' }),
    'a=mid with a tab': attr('mid', 'a\tb'),
    'a=rtcp-fb trr-int without its interval': attr('rtcp-fb', { payloadType: 111, type: 'trr-int' }),
    'a=simulcast with `send` twice': attr('simulcast', { directions: [{ direction: 'send', streams: [[{ rid: 'a', paused: false }]] }, { direction: 'send', streams: [[{ rid: 'b', paused: false }]] }] }),
    'a=imageattr sets without send/recv': attr('imageattr', { payloadType: 111, sets: '[x=640,y=480]' }),
    // Shapes the writer cannot express, so the value changes on the way back.
    'a=rtcp-fb parameters without a subtype (read back as the subtype)': attr('rtcp-fb', { payloadType: 111, type: 'ccm', parameters: 'fir' }),
    'a=rtcp-fb parameters "" (trailing space, dropped)': attr('rtcp-fb', { payloadType: 111, type: 'ccm', subtype: 'fir', parameters: '' }),
    'a=extmap attributes "" (trailing space, dropped)': attr('extmap', { id: 1, uri: 'urn:ietf:params:rtp-hdrext:sdes:mid', attributes: '' }),
    'a=rid payloadTypes [] (read back as [""])': attr('rid', { id: 'h', direction: 'send', payloadTypes: [], restrictions: [] }),
    'a=rid restriction key containing `=`': attr('rid', { id: 'h', direction: 'send', restrictions: [{ key: 'max-width=1' }] }),
    'a=rtcp address without network and address type (writer invents IN IP4)': attr('rtcp', { port: 9, address: '192.0.2.1' }),
    'a=ssrc value without an attribute (value dropped)': attr('ssrc', { ssrc: 1, value: 'x' }),
    'a=ssrc attribute "" (trailing space, dropped)': attr('ssrc', { ssrc: 1, attribute: '' }),
    'a=candidate extension named `raddr` (read back as relatedAddress)': attr('candidate', { ...candidateBase, extensions: [['raddr', '192.0.2.2']] }),
    'a=fmtp parameter key containing `;`': attr('fmtp', { format: '111', parameters: [{ key: 'a;b', value: '1' }] }),
    'c= IP4 count without a TTL (read back as the TTL)': line('c', { netType: 'IN', addressType: 'IP4', address: '224.2.1.1', count: 3 }),
    'c= IP6 with a TTL (read back as the count)': line('c', { netType: 'IN', addressType: 'IP6', address: 'ff15::101', ttl: 3 }),
    'o= username with a space': line('o', { username: 'j doe', sessionId: '1', sessionVersion: '2', netType: 'IN', addressType: 'IP4', address: '127.0.0.1' }),
    'k= method containing `:`': line('k', { method: 'clear:x' }),
    'control: s= ending in a space (text lines keep their spaces)': line('s', 'Talk '),
  };

  it.each(Object.entries(rows))('%s', (_name, typedLine) => {
    const { lines, index } = typedDocumentWith(typedLine);
    const built = safeCreateDocument({ lines });
    if (!built.success) {
      // Rejected: the issue must name the line's value.
      expect(built.error.issues[0]?.path.slice(0, 3)).toEqual(['lines', index, 'value']);
      return;
    }
    const { document, diagnostics } = parse(format(built.document));
    expect(diagnostics.map((d) => `${d.code}@${d.line}`)).toEqual([]);
    expect(document.lines.length).toBe(lines.length);
    expect(typedView(document.lines[index]!)).toStrictEqual(typedView(typedLine));
  });
});
