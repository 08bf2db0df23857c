// Reusable working arrays for the kernel. A live session runs the simulation many times a
// second; a fresh 2 MB of typed arrays per run kept the garbage collector busy enough to
// double the slowest runs. One Scratch serves one run at a time (runs are synchronous).

export class Scratch {
	#buffers = new Map<string, Float64Array | Uint8Array>();

	/** A Float64Array of `length`, reused between runs under `name`; zeroed unless the caller overwrites it all. */
	float(name: string, length: number, zeroed = true): Float64Array {
		const buffer = this.#buffers.get(name);
		if (buffer instanceof Float64Array && buffer.length === length) return zeroed ? buffer.fill(0) : buffer;
		const fresh = new Float64Array(length);
		this.#buffers.set(name, fresh);
		return fresh;
	}

	/** A zeroed Uint8Array of `length`, reused between runs under `name`. */
	bytes(name: string, length: number): Uint8Array {
		const buffer = this.#buffers.get(name);
		if (buffer instanceof Uint8Array && buffer.length === length) return buffer.fill(0);
		const fresh = new Uint8Array(length);
		this.#buffers.set(name, fresh);
		return fresh;
	}
}
