// Chart.js patches the data arrays it is given (to watch push/splice) and keeps references to
// option objects. A private deep copy keeps Svelte state proxies and shared builder output out
// of its hands. Unlike $state.snapshot, this keeps functions (tick and tooltip callbacks) as
// they are instead of warning that they cannot be cloned.

function isPlainObject(value: object): value is Record<string, unknown> {
	const proto: unknown = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

export function plainCopy<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item: unknown) => plainCopy(item)) as T;
	if (value !== null && typeof value === 'object' && isPlainObject(value)) {
		const copy: Record<string, unknown> = {};
		for (const key of Object.keys(value)) copy[key] = plainCopy(value[key]);
		return copy as T;
	}
	// Functions, primitives and the odd class instance (a plugin, a CanvasGradient) pass through.
	return value;
}
