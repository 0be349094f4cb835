/*
 * Growth checks that hold on a loaded machine: the work at n and at
 * `factor`·n is timed alternately (so both see the same load), 5 times each,
 * and the best times are compared. Times are CPU time of the process, not
 * wall time: on a busy machine a short run often fits in one time slice
 * while a long one waits for several, which inflates wall-time ratios. Linear code gives a ratio near `factor`,
 * quadratic code near factor²; tests assert well below the quadratic ratio.
 */
export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

export function growth(prepare: (n: number) => () => void, n: number, factor = 4): Growth {
  const runSmall = prepare(n);
  const runLarge = prepare(factor * n);
  let small = Infinity;
  let large = Infinity;
  for (let k = 0; k < 5; k++) {
    small = Math.min(small, cpuMs(runSmall));
    large = Math.min(large, cpuMs(runLarge));
  }
  // A floor of 1 ms keeps a tiny small time from making the ratio meaningless.
  return { small, large, ratio: large / Math.max(small, 1) };
}

/** CPU time (user + system) the process spends in `run`, in milliseconds. */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}
