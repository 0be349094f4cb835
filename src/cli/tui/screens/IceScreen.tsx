import type { ReactNode } from 'react';
import type { Inspection } from '../model.js';
import type { ListPosition } from '../state.js';
import { ListScreen } from './ListScreen.js';

/** Candidates with decoded priorities and the likely stack; the check list when both sides are given; for a dump's negotiation, what ICE really did first. */
export function IceScreen({ inspection, position, width, height }: { inspection: Inspection; position: ListPosition; width: number; height: number }): ReactNode {
  const title = inspection.iceTitle ?? (inspection.sides.length > 1 ? 'ICE: candidates and check list' : 'ICE: candidates');
  return <ListScreen title={title} rows={inspection.iceRows} position={position} width={width} height={height} />;
}
