import type { ReactNode } from 'react';
import { diagnosticRows } from '../../views/explain.js';
import { plural, row, type Row } from '../../views/rows.js';
import { ruleSummary, type Inspection } from '../model.js';
import type { ListPosition } from '../state.js';
import { ListScreen } from './ListScreen.js';

/** Every finding of both files; the focused one in full beside the list; Enter opens its line. */
export function LintScreen({ inspection, position, width, height }: { inspection: Inspection; position: ListPosition; width: number; height: number }): ReactNode {
  const focused = inspection.findings[position.cursor];
  let panel: Row[] | undefined;
  if (focused !== undefined) {
    const file = inspection.sides[focused.side]!;
    const summary = ruleSummary(focused.diagnostic.code);
    panel = [row(`${file.name}:${focused.diagnostic.line}:${focused.diagnostic.column}`, 'heading'), ...diagnosticRows([focused.diagnostic]).slice(1)];
    if (summary !== undefined) panel.push(row(''), row(`rule ${focused.diagnostic.code}`, 'heading'), row(summary));
    panel.push(row(''), row('Enter: go to the line', 'dim'));
  }
  return <ListScreen title={`Lint: ${plural(inspection.findings.length, 'finding')}`} rows={inspection.lintRows} position={position} width={width} height={height} panel={panel} />;
}
