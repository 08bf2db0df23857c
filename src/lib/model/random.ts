// Seeded random numbers that are identical on every JavaScript engine: integer arithmetic only
// (Math.imul, shifts), so the same seed gives the same draws in the browser, a worker and Node.

/** splitmix32: spreads a 32-bit seed over the generator's state. */
function splitmix32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x9e3779b9) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/**
 * xoshiro128**, seeded through splitmix32. `fill` is one tight loop with the state in locals:
 * a call per draw cost more than the arithmetic.
 */
export class UniformStream {
	#a: number;
	#b: number;
	#c: number;
	#d: number;

	constructor(seed: number) {
		const init = splitmix32(seed);
		this.#a = init();
		this.#b = init();
		this.#c = init();
		this.#d = init();
	}

	/** Writes the next `count` uniforms in (0, 1) to `out` from index `from`. */
	fill(out: Float64Array, from = 0, count = out.length - from): void {
		let a = this.#a;
		let b = this.#b;
		let c = this.#c;
		let d = this.#d;
		for (let n = from; n < from + count; n++) {
			const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
			const t = b << 9;
			c ^= a;
			d ^= b;
			b ^= c;
			a ^= d;
			c ^= t;
			d = rotl(d, 11);
			// The half-step offset keeps draws strictly inside (0, 1): u < p is never true for p = 0
			// and always true for p = 1, and the inverse normal never sees 0 or 1.
			out[n] = (result + 0.5) / 4294967296;
		}
		this.#a = a;
		this.#b = b;
		this.#c = c;
		this.#d = d;
	}
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}

// Acklam's rational approximation of the standard normal quantile (relative error < 1.2e-9),
// its coefficients written as literals: loading them from arrays cost a third of the time.
const P_LOW = 0.02425;

function tail(q: number): number {
	return (
		(((((-0.007784894002430293 * q - 0.3223964580411365) * q - 2.400758277161838) * q - 2.549732539343734) * q +
			4.374664141464968) *
			q +
			2.938163982698783) /
		((((0.007784695709041462 * q + 0.3224671290700398) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1)
	);
}

/** Standard normal quantile for u in (0, 1): one uniform per normal keeps the draw layout fixed. */
export function inverseNormal(u: number): number {
	if (u < P_LOW) return tail(Math.sqrt(-2 * Math.log(u)));
	if (u > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - u)));
	const q = u - 0.5;
	const r = q * q;
	return (
		((((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r + 138.357751867269) * r -
			30.66479806614716) *
			r +
			2.506628277459239) *
			q) /
		(((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r + 66.80131188771972) * r -
			13.28068155288572) *
			r +
			1)
	);
}

/** Standard normal CDF: Hart's (1968) algorithm as given by West (2005), accurate to ~1e-14. */
export function normalCdf(z: number): number {
	const x = Math.abs(z);
	let cumnorm: number;
	if (x > 37) {
		cumnorm = 0;
	} else {
		const e = Math.exp((-x * x) / 2);
		if (x < 7.07106781186547) {
			let build = 3.52624965998911e-2 * x + 0.700383064443688;
			build = build * x + 6.37396220353165;
			build = build * x + 33.912866078383;
			build = build * x + 112.079291497871;
			build = build * x + 221.213596169931;
			build = build * x + 220.206867912376;
			cumnorm = e * build;
			build = 8.83883476483184e-2 * x + 1.75566716318264;
			build = build * x + 16.064177579207;
			build = build * x + 86.7807322029461;
			build = build * x + 296.564248779674;
			build = build * x + 637.333633378831;
			build = build * x + 793.826512519948;
			build = build * x + 440.413735824752;
			cumnorm = cumnorm / build;
		} else {
			let build = x + 0.65;
			build = x + 4 / build;
			build = x + 3 / build;
			build = x + 2 / build;
			build = x + 1 / build;
			cumnorm = e / build / 2.506628274631;
		}
	}
	return z > 0 ? 1 - cumnorm : cumnorm;
}
