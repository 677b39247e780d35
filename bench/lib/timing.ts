/** Timing with warm-up and the median of several runs; sizes and numbers written the same way in every section. */
import { performance } from "node:perf_hooks";

export interface Timing {
  /** Median of the measured runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times measured. */
export async function time(work: () => unknown, { warmup = 1, runs = 5 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), runs };
}

/** 1234.5 → "1,235 ms", 12.34 → "12.3 ms", 0.123 → "0.12 ms". */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (value >= 100) return `${grouped(Math.round(value))} ms`;
  if (value >= 10) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ms`;
}

export function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(2)} s`;
}

/** 1234567 → "1,234,567". */
export function grouped(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}

/** Bytes in the largest fitting unit: "812 B", "14.2 KB", "3.41 MB" (1 KB = 1024 B). */
export function bytes(value: number): string {
  if (value < 1024) return `${value} B`;
  if (value < 1024 * 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${(value / 1024 / 1024).toFixed(2)} MB`;
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : "—";
}

/** 1234567 cells/s → "1.23 M cells/s". */
export function rate(perSecond: number, unit: string): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M ${unit}/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(0)} k ${unit}/s`;
  return `${perSecond.toFixed(0)} ${unit}/s`;
}

/**
 * Polls `expression` in the page (through the debugging protocol, which the page's Content-Security-Policy does not
 * govern; waitForFunction's string would be eval'd by the page, which its policy refuses) until it is true.
 */
export async function pageUntil(page: { evaluate(expression: string): Promise<unknown> }, expression: string, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (performance.now() > until) throw new Error(`not true within ${timeoutMs / 1000} s: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
