import type { ReactNode } from 'react';
import type { Inspection } from '../model.js';
import type { ListPosition } from '../state.js';
import { ListScreen } from './ListScreen.js';

/** Offer against answer codecs per m-section (matched by identity, not payload type). */
export function CodecsScreen({ inspection, position, width, height }: { inspection: Inspection; position: ListPosition; width: number; height: number }): ReactNode {
  const title = inspection.sides.length > 1 ? 'Codecs: offer vs answer' : `Codecs of ${inspection.sides[0]!.name}`;
  return <ListScreen title={title} rows={inspection.codecRows} position={position} width={width} height={height} />;
}
