import { useApp, useInput, type Key } from 'ink';

/** Hands every key event to `onKey`; when it returns true (q), the app exits. */
export function useKeys(onKey: (input: string, key: Key) => boolean): void {
  const { exit } = useApp();
  useInput((input, key) => {
    if (onKey(input, key)) exit();
  });
}
