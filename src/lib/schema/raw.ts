// Cross-checks run even when some fields failed their own schema, so that every problem of a
// file is reported at once. They therefore read the value as untyped JSON and skip what is
// malformed: the field's own schema has already reported that.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function field(value: unknown, key: string): unknown {
	return isObject(value) ? value[key] : undefined;
}

/** The object items of a list, with their indexes. */
export function objectItems(value: unknown): { index: number; item: JsonObject }[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((item: unknown, index) => (isObject(item) ? [{ index, item }] : []));
}

/** The string items of a list, with their indexes. */
export function stringItems(value: unknown): { index: number; text: string }[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((text: unknown, index) => (typeof text === 'string' ? [{ index, text }] : []));
}

export function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}
