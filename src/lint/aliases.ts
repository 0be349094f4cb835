/*
 * Rule ids that were renamed when rules were regrouped by what they protect
 * (a browser's behaviour is now a property of each finding, not of the rule
 * id). Configs and `lint(..., { rules })` still accept the old ids.
 */
export const RULE_ALIASES: Readonly<Record<string, string>> = {
  'chrome-rejects-line': 'line-syntax',
  'chrome-plan-b': 'plan-b-section',
  'chrome-extmap-mixed-levels': 'extmap-mixed-levels',
  'chrome-ssrc-group-size': 'ssrc-group-size',
  'firefox-forbidden-payload-type': 'payload-type-reserved',
  'firefox-extmap-id-above-14': 'extmap-id-two-byte',
};

/** The rule id an id or old alias stands for. */
export function canonicalRuleId(id: string): string {
  return Object.hasOwn(RULE_ALIASES, id) ? RULE_ALIASES[id]! : id;
}
