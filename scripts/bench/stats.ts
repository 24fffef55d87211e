/** Median and 95th percentile of timings, in milliseconds rounded to 0.01. */
export function summarize(samples: number[]): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: round(at(0.5)), p95: round(at(0.95)), n: samples.length };
}

/** Runs `fn` `times` times and returns each run's duration in ms. */
export async function time(times: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
