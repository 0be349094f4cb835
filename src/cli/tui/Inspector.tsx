import { useMemo, useState, type ReactNode } from 'react';
import type { Input } from '../commands/result.js';
import type { InspectChoice } from '../input.js';
import type { InspectStart } from '../run.js';
import { App } from './App.js';
import { Chooser } from './Chooser.js';
import { buildInspection } from './model.js';

export interface InspectorProps {
  start: InspectStart;
  /** Fixed size (tests); by default the terminal's. */
  width?: number;
  height?: number;
}

interface InspectingProps {
  offer: Input;
  answer: Input | undefined;
  width: number | undefined;
  height: number | undefined;
}

function Inspecting({ offer, answer, width, height }: InspectingProps): ReactNode {
  const inspection = useMemo(() => buildInspection(offer, answer), [offer, answer]);
  return <App inspection={inspection} {...(width === undefined ? {} : { width })} {...(height === undefined ? {} : { height })} />;
}

/** `sdp inspect`: the chooser first when the file holds several descriptions, then the inspector on what was picked. */
export function Inspector({ start, width, height }: InspectorProps): ReactNode {
  const [picked, setPicked] = useState<InspectChoice | undefined>(undefined);
  if ('offer' in start) return <Inspecting offer={start.offer} answer={start.answer} width={width} height={height} />;
  if (picked?.offer !== undefined) return <Inspecting offer={picked.offer} answer={picked.answer} width={width} height={height} />;
  return <Chooser title={start.title} choices={start.choices} onPick={setPicked} {...(width === undefined ? {} : { width })} {...(height === undefined ? {} : { height })} />;
}
