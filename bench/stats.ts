/** Median and 95th percentile of a list of timings. */
export function summarize(times: number[]): { median: number; p95: number } {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))];
	return { median: at(0.5), p95: at(0.95) };
}

/** Runs `work` to warm the JIT (a fifth of the rounds, at least 5), then `rounds` times under the clock. */
export function time(work: () => void, rounds: number): { median: number; p95: number } {
	for (let i = 0; i < Math.max(5, Math.floor(rounds / 5)); i++) work();
	const times: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	return summarize(times);
}
