import { rejectionLines } from '../../index.js';
import { toJson } from '../json.js';
import { fileReports, type FileReport, type RuleMeta } from './report.js';

/*
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads accept:
 * one run, the tool's rules (every lint rule and parser code, with their
 * default level and RFC reference), one result per problem with a physical
 * location (artifact URI relative to the working directory, 1-based region;
 * SARIF's endColumn is exclusive, like the library's).
 */

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

function level(severity: RuleMeta['severity']): Level {
  return severity === 'info' ? 'note' : severity;
}

/** A relative URI reference for a path as written (forward slashes, each segment percent-encoded); absolute paths become file: URIs. */
export function pathToUri(path: string): { uri: string; uriBaseId?: string } {
  if (path === '<stdin>' || path === '-') return { uri: 'stdin' };
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map((s) => encodeURIComponent(s).replace(/%3A/gi, ':')).join('/');
  if (/^[A-Za-z]:\//.test(slashed)) return { uri: `file:///${encode(slashed)}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}

export interface SarifOptions {
  version: string;
  /** The documented rules and codes; a code found but not listed gets a bare entry. */
  rules: readonly RuleMeta[];
}

export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
  // Extracted descriptions are reported where they are in the file (code scanning annotates real files).
  const files = fileReports(reports);
  const rules = [...options.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (!index.has(d.code)) {
        index.set(d.code, rules.length);
        rules.push({ id: d.code, severity: d.severity, summary: d.code });
      }
    }
  }
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => {
      const location = pathToUri(f.file);
      const result: Record<string, unknown> = {
        ruleId: d.code,
        ruleIndex: index.get(d.code),
        level: level(d.severity),
        message: { text: [d.message, ...rejectionLines(d.rejectedBy), ...(d.depends === undefined ? [] : [`depends: ${d.depends}`]), ...(d.details ?? []), ...(d.hint === undefined ? [] : [d.hint])].join('\n') },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
            },
          },
        ],
      };
      const properties: Record<string, unknown> = {};
      if (d.ref !== undefined) properties['ref'] = d.ref;
      // Which target engines reject the description, at which call, with their own error text and source (SARIF property bag, §3.8).
      if (d.rejectedBy !== undefined) properties['rejectedBy'] = d.rejectedBy;
      if (d.depends !== undefined) properties['depends'] = d.depends;
      if (d.details !== undefined) properties['details'] = d.details;
      if (Object.keys(properties).length > 0) result['properties'] = properties;
      return result;
    }),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sdpkit',
            semanticVersion: options.version,
            version: options.version,
            informationUri: 'https://www.npmjs.com/package/sdpkit',
            rules: rules.map((r) => {
              const rule: Record<string, unknown> = {
                id: r.id,
                shortDescription: { text: r.summary },
                defaultConfiguration: { level: level(r.severity) },
              };
              if (r.description !== undefined) rule['fullDescription'] = { text: r.description };
              if (r.ref !== undefined) rule['properties'] = { ref: r.ref };
              return rule;
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return toJson(log);
}
