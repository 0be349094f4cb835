import { Box } from 'ink';
import { Text } from '../components/Text.js';
import type { ReactNode } from 'react';
import type { Diagnostic, LineExplanation } from '../../../index.js';
import { inkColor } from '../../color.js';
import { lineDetailRows, severityTone } from '../../views/explain.js';
import { plural } from '../../views/rows.js';
import { SidePanel } from '../components/SidePanel.js';
import { VirtualList } from '../components/VirtualList.js';
import type { Inspection } from '../model.js';
import type { ListPosition } from '../state.js';
import { panelWidth } from './ListScreen.js';

export interface LinesScreenProps {
  inspection: Inspection;
  side: number;
  position: ListPosition;
  width: number;
  height: number;
}

const MARKS: Record<Diagnostic['severity'], string> = { error: 'E', warning: 'W', info: 'i' };

function worst(diagnostics: readonly Diagnostic[] | undefined): Diagnostic['severity'] | undefined {
  if (diagnostics === undefined || diagnostics.length === 0) return undefined;
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  return 'info';
}

/** The description with line numbers and a mark (E, W, i) on lines with problems; the focused line explained beside it. */
export function LinesScreen({ inspection, side, position, width, height }: LinesScreenProps): ReactNode {
  const view = inspection.sides[side]!;
  const panel = panelWidth(width);
  const listWidth = width - panel;
  const gutter = String(view.explanations.length).length;
  const focused = view.explanations[position.cursor];
  const problems = focused === undefined ? [] : (view.byLine.get(focused.line) ?? []);
  const errors = view.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = view.diagnostics.filter((d) => d.severity === 'warning').length;
  const other = inspection.sides.length > 1 ? `  (s: ${inspection.sides[(side + 1) % inspection.sides.length]!.role})` : '';
  const title = `${view.role === 'description' ? '' : `${view.role} `}${view.name}: ${plural(view.explanations.length, 'line')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${other}`;

  const renderLine = (e: LineExplanation, _index: number, isFocused: boolean, w: number): ReactNode => {
    const severity = worst(view.byLine.get(e.line));
    const color = severity === undefined ? undefined : inkColor(severityTone(severity));
    const number = String(e.line).padStart(gutter);
    const text = isFocused ? e.text.padEnd(Math.max(0, w - gutter - 3)) : e.text;
    return (
      <Text wrap="truncate-end" inverse={isFocused}>
        <Text dimColor={!isFocused}>{number}</Text>
        <Text bold {...(color === undefined ? {} : { color })}>{` ${severity === undefined ? ' ' : MARKS[severity]} `}</Text>
        {text === '' ? ' ' : text}
      </Text>
    );
  };

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box width={width} height={1}>
        <Text wrap="truncate-end" bold>
          {title}
        </Text>
      </Box>
      <Box width={width} height={height - 1}>
        <VirtualList items={view.explanations} top={position.top} cursor={position.cursor} height={height - 1} width={listWidth} renderItem={renderLine} />
        <SidePanel rows={focused === undefined ? [] : lineDetailRows(focused, problems)} width={panel} height={height - 1} />
      </Box>
    </Box>
  );
}
