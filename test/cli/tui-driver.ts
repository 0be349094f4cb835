/** Sends keys to an ink-testing-library app one event at a time and waits until the frame shows `expected`. */
export function keyPresser(app: { stdin: { write(data: string): void } }, frame: () => string, pauseMs = 20): (keys: readonly string[], expected: string | RegExp) => Promise<string> {
  return async (keys, expected) => {
    for (const k of keys) {
      app.stdin.write(k);
      await new Promise((r) => setTimeout(r, pauseMs));
    }
    const deadline = Date.now() + 3000;
    for (;;) {
      const f = frame();
      if (typeof expected === 'string' ? f.includes(expected) : expected.test(f)) return f;
      if (Date.now() > deadline) throw new Error(`the frame never showed ${String(expected)}:\n${f}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
}
