/*
 * The config file's name and the values its settings take: plain constants,
 * apart from config.ts (zod and the rule list), so that `sdp --help` can show
 * them without loading the library.
 */

export const CONFIG_FILE = 'sdpkit.config.json';

export const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const RULE_SETTINGS = ['off', 'warning', 'error'] as const;

