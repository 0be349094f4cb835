import { ENGINE_NAMES, ENGINES, type CaseKnowledge, type EngineBehaviour } from '../src/lint/engines.js';
import { knowledge } from '../src/lint/knowledge.js';
import { ruleGroups, rules } from '../src/lint/registry.js';
import { RULE_ALIASES } from '../src/lint/aliases.js';
import { agreement, join, loadFixture } from '../test/oracle/agreement.js';
import { variants } from '../test/oracle/variants.js';
import type { PairExample, Rule } from '../src/lint/rule.js';
import { printable } from '../src/text/printable.js';

/*
 * docs/rules.md, generated from the rules' own metadata (id, severity,
 * scope, docs). `npx tsx scripts/gen-rules.ts` writes it; test/lint/docs.test.ts
 * fails when the committed file differs from rulesMarkdown().
 */

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The example as shown: LF endings (the examples themselves use CRLF, as SDP requires), hidden characters as `⟨U+200B⟩`. */
function block(text: string): string[] {
  const body = printable(text.replace(/\r\n/g, '\n').replace(/\n$/, ''));
  const note = /\r?\n$/.test(text) ? [] : ['', '(no line break after the last line)'];
  return ['```sdp', ...body.split('\n'), '```', ...note];
}

function examples(rule: Rule): string[] {
  if (rule.scope === 'document') {
    const as = rule.docs.exampleType === undefined ? '' : ` (linted as an ${rule.docs.exampleType})`;
    return [`Reported${as}:`, '', ...block(rule.docs.bad), '', `Not reported${as}:`, '', ...block(rule.docs.good)];
  }
  const pair = (label: string, e: PairExample): string[] => [
    `${label}, offer:`,
    '',
    ...block(e.offer),
    '',
    `${label}, answer:`,
    '',
    ...block(e.answer),
  ];
  return [...pair('Reported', rule.docs.bad), '', ...pair('Not reported', rule.docs.good)];
}

function behaviour(b: EngineBehaviour | undefined): string {
  if (b === undefined) return 'not recorded';
  const parts: string[] = [];
  if (b.verdict === 'rejects') parts.push(`**rejects** (${b.call ?? 'setRemoteDescription'})`);
  else parts.push(b.verdict === 'accepts' ? 'accepts' : '**depends**');
  if (b.error !== undefined) parts.push(`\`${cell(b.error).replace(/`/g, "'")}\``);
  if (b.note !== undefined) parts.push(cell(b.note));
  if (b.source !== undefined) parts.push(`(${cell(b.source)})`);
  return parts.join(' ');
}

/** The engines that have an entry in any case of this code. */
function enginesOf(cases: readonly CaseKnowledge[]): (typeof ENGINES)[number][] {
  return ENGINES.filter((e) => e !== 'webkit' || cases.some((c) => c[e] !== undefined));
}

/** Per condition, what each engine does (src/lint/knowledge.ts). */
export function browserTable(code: string): string[] {
  const entry = Object.hasOwn(knowledge, code) ? knowledge[code] : undefined;
  if (entry === undefined) return ['What browsers do: not recorded; the RFC severity applies under every target.'];
  const cases = Object.entries(entry);
  const engines = enginesOf(cases.map(([, c]) => c));
  return [
    `| condition | ${engines.map((e) => ENGINE_NAMES[e]).join(' | ')} |`,
    `|---|${engines.map(() => '---').join('|')}|`,
    ...cases.map(([key, c]) => `| ${cell(c.condition)}${key === 'default' ? '' : ` (\`${key}\`)`}${c.fatal === undefined ? '' : `; always an error: ${cell(c.fatal)}`} | ${engines.map((e) => behaviour(c[e])).join(' | ')} |`),
  ];
}

/** rejects / accepts / mixed, per engine, over a code's cases. */
function verdictSummary(code: string, engine: (typeof ENGINES)[number]): string {
  const entry = Object.hasOwn(knowledge, code) ? knowledge[code] : undefined;
  if (entry === undefined) return '—';
  const verdicts = new Set(Object.values(entry).map((c) => c[engine]?.verdict ?? 'unknown'));
  return verdicts.size === 1 ? [...verdicts][0]! : 'some cases';
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100%' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The coverage section: lint against the verdicts test/oracle recorded from real browsers. */
export function oracleCoverage(): string[] {
  const fixture = loadFixture();
  const joined = join(fixture, variants());
  const r = agreement(joined.applied);
  const offers = joined.applied.filter((a) => a.variant.role === 'offer').length;
  const unsent = joined.applied.filter((a) => Object.keys(a.verdicts).length === 0).length;
  const row = (name: string, c: (typeof r.engines)['chromium']): string =>
    `| ${name} | ${c.rejected} | ${c.caught} (${percent(c.caught, c.rejected)}) | ${c.named} |`;
  return [
    '## Checked against real browsers',
    '',
    `\`npm run oracle\` (test/oracle/) applied ${r.total} variants (${offers} offers, ${r.total - offers} answers) to ${fixture.browsers.chromium.split(';')[0]} and`,
    `${fixture.browsers.firefox.split(';')[0]} (recorded ${fixture.generated.slice(0, 10)}), in a network namespace with only loopback and with only loopback`,
    'or mDNS addresses in the descriptions: real Chromium and Firefox offers with one defect or one benign edit each, syntax and',
    'order defects, the 122 corpus files, the rules\' own examples, and answers made from each engine\'s own answer to its own offer.',
    'test/oracle/agreement.test.ts checks lint against these verdicts on every test run:',
    '',
    '| engine | variants it rejects | lint gives an error with that engine as target | of which name it in `rejectedBy` |',
    '|---|---|---|---|',
    row('Chromium', r.engines.chromium),
    row('Firefox', r.engines.firefox),
    '',
    `Variants both accept: ${r.bothAccepted}; lint gives an error (default targets) on ${r.falseErrors.length} of them.`,
    `${unsent} variants were given to no browser: their addresses are no addresses (\`c=IN IP4 foo\`, \`999.1.1.1\`), and the oracle hands`,
    'a browser nothing but loopback, unspecified or mDNS addresses; their verdicts come from the engines\' source alone.',
    '',
  ];
}

/** Optional text from the browser oracle (coverage figures); empty when there is none. */
export function rulesMarkdown(coverage: readonly string[] = oracleCoverage()): string {
  const groups = ruleGroups.flatMap((g) => [
    `### ${g.title}`,
    '',
    `Protects ${g.protects}.`,
    '',
    '| rule | RFC severity | scope | Chromium | Firefox | what it reports |',
    '|---|---|---|---|---|---|',
    ...g.rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.scope} | ${verdictSummary(r.id, 'chromium')} | ${verdictSummary(r.id, 'firefox')} | ${cell(r.docs.summary)} |`),
    '',
  ]);
  const aliases = Object.entries(RULE_ALIASES).map(([old, id]) => `\`${old}\` → \`${id}\``).join(', ');
  const sections = rules.flatMap((r) => [
    `## \`${r.id}\``,
    '',
    `RFC severity **${r.severity}**${r.tolerated === undefined ? '' : `, **${r.tolerated}** when the targets tolerate it`} · ${r.scope} · ${r.docs.ref}`,
    '',
    r.docs.summary,
    '',
    r.docs.rationale,
    '',
    ...browserTable(r.id),
    '',
    ...examples(r),
    '',
  ]);
  return [
    '# Lint rules',
    '',
    '<!-- Generated by `npm run docs` from src/lint/rules/*.ts, src/lint/knowledge.ts and test/oracle/verdicts.json. Do not edit by hand. -->',
    '',
    '`lint(input, options?)` runs the document rules on one description and returns them with the parser\'s diagnostics;',
    '`lintPair(offer, answer, options?)` runs the document rules on each side (with its type set) and the pair rules,',
    'whose findings point at the answer. Every finding is a Diagnostic whose `code` is the rule id and whose `ref` is',
    'the rule\'s reference.',
    '',
    '## Severity means what the targets do',
    '',
    'Severities depend on the engines the descriptions are for: `sdp lint --target chromium,firefox` (the default),',
    'config key `targets`, library option `lint(input, { targets })`.',
    '',
    '- **error**: at least one target engine rejects the description (its set call fails), or the call cannot work at all.',
    '  The finding says which targets reject it (`rejectedBy`: engine, call, the engine\'s own error text, its source),',
    '  in every output format (stylish, JSON, SARIF `properties.rejectedBy`, GitHub annotations).',
    '- **warning**: an RFC violation or interoperability risk that the targets tolerate.',
    '- **info**: style.',
    '',
    '`--target rfc` keeps the strict RFC reading: each rule\'s RFC severity below. Conditions whose engine behaviour is',
    'not recorded keep their RFC severity under every target. Where an engine\'s verdict depends on more than the text',
    '(the local offer, an earlier negotiation), the finding says so (`depends`).',
    '',
    'Override a severity per rule with `{ rules: { \'<rule id>\': \'off\' | \'warning\' | \'error\' } }`; that wins over the',
    `targets. Rules about offer or answer roles run only when the type is known. Old rule ids still work as aliases: ${aliases}.`,
    'The examples below are tests: each rule reports its first example and not its second.',
    '',
    ...coverage,
    `## ${rules.length} rules, by what they protect`,
    '',
    ...groups,
    ...sections,
  ].join('\n');
}
