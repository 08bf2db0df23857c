// The part of autocannon 9's API that bench/server.ts uses (the package ships no types).
declare module 'autocannon' {
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		headers?: Record<string, string>;
	}
	interface Histogram {
		average: number;
		p50: number;
		p99: number;
		max: number;
	}
	interface Result {
		requests: Histogram & { total: number };
		latency: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
		'2xx': number;
	}
	export default function autocannon(options: Options): Promise<Result>;
}
