// Results kept by content: the engine is deterministic, so a result computed once for a key (a hash
// of everything that decides it, content-key.ts) is the result for every later request with that
// key, whoever asks. Least recently used first out, bounded both by entries and by approximate bytes.

export interface CacheLimits {
	maxEntries: number;
	maxBytes: number;
}

interface Entry<V> {
	value: V;
	bytes: number;
}

export class ResultCache<V> {
	#entries = new Map<string, Entry<V>>();
	#bytes = 0;

	constructor(readonly limits: CacheLimits) {}

	get size(): number {
		return this.#entries.size;
	}

	get bytes(): number {
		return this.#bytes;
	}

	get(key: string): V | undefined {
		const entry = this.#entries.get(key);
		if (!entry) return undefined;
		// Most recently used last: the first key is the one to forget.
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		return entry.value;
	}

	has(key: string): boolean {
		return this.#entries.has(key);
	}

	/** Keeps `value` unless it alone is over the byte limit. */
	set(key: string, value: V, bytes: number): void {
		this.delete(key);
		if (bytes > this.limits.maxBytes || this.limits.maxEntries < 1) return;
		this.#entries.set(key, { value, bytes });
		this.#bytes += bytes;
		while (this.#entries.size > this.limits.maxEntries || this.#bytes > this.limits.maxBytes)
			this.delete(this.#entries.keys().next().value as string);
	}

	delete(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		this.#entries.delete(key);
		this.#bytes -= entry.bytes;
	}

	clear(): void {
		this.#entries.clear();
		this.#bytes = 0;
	}
}

/** A value's size as JSON text, a fair measure of what it holds (numbers dominate results). */
export function approximateBytes(value: unknown): number {
	return JSON.stringify(value)?.length ?? 0;
}
