// Compile-time checks that a schema's output and an engine type have exactly the same fields.
// `satisfies z.ZodType<T>` alone misses a field the schema adds, or makes optional, that T lacks.

/** Identical types, optional fields included (the usual deferred-conditional trick). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** For unions of keys, where the identity check is too strict about how the union was formed. */
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

/**
 * `Equals` field by field: TypeScript's identity check reports false for some large object
 * types whose every field is identical, so the top level is compared key by key.
 */
export type SameFields<A, B> =
	SameSet<keyof A, keyof B> extends true
		? SameSet<RequiredKeys<A>, RequiredKeys<B>> extends true
			? { [K in keyof A & keyof B]: Equals<A[K], B[K]> }[keyof A & keyof B] extends true
				? true
				: false
			: false
		: false;

export type Assert<T extends true> = T;
