import type { ReactNode } from 'react';
import type { Inspection } from '../model.js';
import type { ListPosition } from '../state.js';
import { ListScreen } from './ListScreen.js';

/** The negotiation per m-section (diffOfferAnswer), as the `sdp diff` command prints it. */
export function DiffScreen({ inspection, position, width, height }: { inspection: Inspection; position: ListPosition; width: number; height: number }): ReactNode {
  const verdict = inspection.diff === undefined ? 'no answer' : `verdict ${inspection.diff.verdict.status}`;
  return <ListScreen title={`Offer/answer negotiation per m-section: ${verdict}`} rows={inspection.diffRows} position={position} width={width} height={height} />;
}
