import { useInput } from 'ink';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { Input } from '../commands/result.js';
import { descriptionInput, type Source } from '../input.js';
import type { InspectStart } from '../run.js';
import { App } from './App.js';
import { Chooser, chooserEntries, type ChooserEntry } from './Chooser.js';
import { buildInspection, type DumpNegotiation } from './model.js';
import { KeyRouter, type InputHandler } from './hooks/use-keys.js';
import { TimelineScreen } from './screens/TimelineScreen.js';
import type { ListPosition } from './state.js';

export interface InspectorProps {
  start: InspectStart;
  /** Fixed size (tests); by default the terminal's. */
  width?: number;
  height?: number;
}

interface InspectingProps {
  offer: Input;
  answer: Input | undefined;
  dump: DumpNegotiation | undefined;
  onBack: (() => void) | undefined;
  width: number | undefined;
  height: number | undefined;
}

function Inspecting({ offer, answer, dump, onBack, width, height }: InspectingProps): ReactNode {
  const inspection = useMemo(() => buildInspection(offer, answer, dump), [offer, answer, dump]);
  return <App inspection={inspection} onBack={onBack} {...(width === undefined ? {} : { width })} {...(height === undefined ? {} : { height })} />;
}

/** What is on the screen; the chooser is under everything, Esc goes back one step. */
type View =
  | { kind: 'timeline'; peerConnection: number }
  | { kind: 'inspect'; offer: Input; answer: Input | undefined; dump: DumpNegotiation | undefined };

function inspectView(choice: ChooserEntry, source: Source | undefined): View {
  const pc = choice.peerConnection === undefined ? undefined : source?.result.peerConnections?.[choice.peerConnection];
  const dump = source !== undefined && pc !== undefined && choice.negotiation !== undefined ? { result: source.result, pc, negotiation: choice.negotiation } : undefined;
  return { kind: 'inspect', offer: choice.offer!, answer: choice.answer, dump };
}

/**
 * `sdp inspect`: the chooser first when the file holds several descriptions,
 * then the inspector on what was picked, or for a dump a peer connection's
 * timeline, from which a description opens in the inspector. Esc (or
 * Backspace) goes back to where it was opened from.
 */
export function Inspector(props: InspectorProps): ReactNode {
  // One listener for the whole session; the screen on view takes the keys (hooks/use-keys.ts).
  const keys = useRef<InputHandler | undefined>(undefined);
  useInput((input, key) => keys.current?.(input, key));
  return (
    <KeyRouter.Provider value={keys}>
      <Screens {...props} />
    </KeyRouter.Provider>
  );
}

function Screens({ start, width, height }: InspectorProps): ReactNode {
  const [stack, setStack] = useState<View[]>([]);
  // Where the cursor was on the chooser and on each timeline, for coming back.
  const chooserAt = useRef<ListPosition | undefined>(undefined);
  const timelineAt = useRef(new Map<number, { position: ListPosition; hideOther: boolean }>());
  const source = 'choices' in start ? start.source : undefined;
  const entries = useMemo(() => ('choices' in start ? chooserEntries(start.choices, source?.result) : []), [start, source]);
  const size = { ...(width === undefined ? {} : { width }), ...(height === undefined ? {} : { height }) };
  if ('offer' in start) return <Inspecting offer={start.offer} answer={start.answer} dump={start.dump} onBack={undefined} width={width} height={height} />;

  const push = (v: View): void => setStack((s) => [...s, v]);
  const back = (): void => setStack((s) => s.slice(0, -1));
  const top = stack.at(-1);
  if (top?.kind === 'inspect') {
    return <Inspecting key={stack.length} offer={top.offer} answer={top.answer} dump={top.dump} onBack={back} width={width} height={height} />;
  }
  if (top?.kind === 'timeline' && source !== undefined) {
    const pc = top.peerConnection;
    return (
      <TimelineScreen
        result={source.result}
        peerConnection={pc}
        initial={timelineAt.current.get(pc)}
        onOpen={(index, at) => {
          timelineAt.current.set(pc, at);
          const d = source.result.descriptions[index];
          if (d !== undefined) push({ kind: 'inspect', offer: descriptionInput(source, d), answer: undefined, dump: undefined });
        }}
        onBack={() => {
          timelineAt.current.delete(pc);
          back();
        }}
        {...size}
      />
    );
  }
  return (
    <Chooser
      title={start.title}
      choices={entries}
      initial={chooserAt.current}
      onMove={(p) => (chooserAt.current = p)}
      onPick={(choice) => {
        if (choice.timeline !== undefined) push({ kind: 'timeline', peerConnection: choice.timeline });
        else if (choice.offer !== undefined) push(inspectView(choice, source));
      }}
      {...size}
    />
  );
}
