import { createContext, useContext } from 'react';
import type { Side } from '../analysis.js';

/** Shows a line of the offer or the answer in the Lines view. */
export type Jump = (side: Side, line: number) => void;

export const JumpContext = createContext<Jump>(() => undefined);

export function useJump(): Jump {
  return useContext(JumpContext);
}
