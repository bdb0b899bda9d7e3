// The statistics the benchmarks share. On a shared machine a burst of load slows whatever runs
// during it, so two things are compared round by round (run back to back, order alternating) and the
// median of those ratios is the figure: a ratio of two medians would take them from different rounds.
export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The median over rounds of `xs[i] / ys[i]`, to two decimals. */
export function medianOfRatios(xs: readonly number[], ys: readonly number[]): number {
  return Number(median(xs.map((x, i) => x / (ys[i] ?? Number.NaN))).toFixed(2));
}
