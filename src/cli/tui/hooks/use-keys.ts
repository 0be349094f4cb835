import { useApp, useInput, type Key } from 'ink';
import { createContext, useContext, useLayoutEffect, type MutableRefObject } from 'react';

export type InputHandler = (input: string, key: Key) => void;

/**
 * The one listener of a session that shows several screens in turn (the
 * inspector's chooser, timelines, the screens of a pair): each screen hands
 * its handler over while it is drawn, so a key that arrives just after a
 * change of screen goes to the new one. With a listener per screen, Ink
 * detaches the old one and attaches the new one only in React's passive
 * effects, which may run well after the new frame is on the terminal; keys
 * typed in between went to the screen that was gone.
 */
export const KeyRouter = createContext<MutableRefObject<InputHandler | undefined> | undefined>(undefined);

/** The screen's key handler: through the KeyRouter when there is one, else its own listener. */
export function useScreenInput(handler: InputHandler): void {
  const router = useContext(KeyRouter);
  // A layout effect runs in the same task as the commit that draws the frame: no key can come in between.
  useLayoutEffect(() => {
    if (router === undefined) return undefined;
    router.current = handler;
    return () => {
      if (router.current === handler) router.current = undefined;
    };
  });
  useInput(handler, { isActive: router === undefined });
}

/** Hands every key event to `onKey`; when it returns true (q), the app exits. */
export function useKeys(onKey: (input: string, key: Key) => boolean): void {
  const { exit } = useApp();
  useScreenInput((input, key) => {
    if (onKey(input, key)) exit();
  });
}
