// The bodies of the API fuzz test's write requests (fuzz-requests.ts puts them in envelopes, on
// endpoints): the baseline scenario mutated (a field set to anything, removed, an unknown or
// hostile key added, a value buried deep), wrong types, huge strings, deep nesting, broken JSON.

import fc from 'fast-check';
import { baselineScenario } from './harness';

export interface SendContext {
	head: number;
	/** A word no other request uses; put in titles, so a refused create is looked up by it. */
	marker: string;
}

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', '\u0000'];

/** Long texts: mostly past every text limit, now and then past the 1 MiB body limit too. */
export const hugeString = fc
	.tuple(
		fc.constantFrom('x', 'é', 'ع', '\u0000', '\ud800', '🙂', '<script>'),
		fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 201, max: 60_000 }) }, fc.constant(1_100_000))
	)
	.map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

export const oddString = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.string({ unit: 'binary', maxLength: 40 }),
	fc.constantFrom('\u0000', '\ud800', 'a\udfffb', '%', '%E0%A4%A', '../../etc/passwd', '  ', '"', '\\'),
	fc.string({ maxLength: 20 }).map((s) => s.padEnd(201, 'y'))
);

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
	{ weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
	{ weight: 2, arbitrary: oddString },
	{ weight: 2, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, 2 ** 53, 0.1, 4294967296, null, true, [], {}) },
	{ weight: 1, arbitrary: hugeString }
);

/** Paths in the baseline scenario that a mutation may set or remove. */
const PATHS = [
	['title'],
	['title', 'en'],
	['title', 'ar'],
	['summary', 'en'],
	['notes'],
	['seed'],
	['samples'],
	['model'],
	['id'],
	['format'],
	['drivers'],
	['drivers', 'ukraine-war-course'],
	['drivers', 'ukraine-war-course', 'weight'],
	['drivers', 'economic-ties', 'low'],
	['events', 'ukraine-ceasefire', 'probability'],
	['events'],
	['annotations'],
	['dynamics'],
	['writtenFor'],
	['$schema']
];

type Json = Record<string, unknown>;

function setPath(object: Json, path: string[], value: unknown, remove: boolean): void {
	let at: unknown = object;
	for (const key of path.slice(0, -1)) {
		if (typeof at !== 'object' || at === null) return;
		at = (at as Json)[key];
	}
	if (typeof at !== 'object' || at === null) return;
	const last = path[path.length - 1];
	if (remove) delete (at as Json)[last];
	else (at as Json)[last] = value;
}

function nest(value: unknown, depth: number, asArrays: boolean): string {
	const inner = JSON.stringify(value) ?? 'null';
	return asArrays ? '['.repeat(depth) + inner + ']'.repeat(depth) : '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
}

/** Adds `"key": value` as the first member of the first object after `anchor` (or the root). */
export function injectKey(text: string, anchor: string | null, key: string, valueText: string): string {
	const at = anchor === null ? text.indexOf('{') : text.indexOf(anchor);
	if (at < 0) return text;
	const brace = text.indexOf('{', at);
	if (brace < 0) return text;
	const rest = text.slice(brace + 1).trimStart();
	const member = `${JSON.stringify(key)}:${valueText}`;
	return `${text.slice(0, brace + 1)}${member}${rest.startsWith('}') ? '' : ','}${text.slice(brace + 1)}`;
}

type Mutation = (scenario: Json) => void | { inject: [string | null, string, string] };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.tuple(fc.constantFrom(...PATHS), anyValue).map(
		([path, value]): Mutation =>
			(s) =>
				setPath(s, path, value, false)
	),
	fc.constantFrom(...PATHS).map(
		(path): Mutation =>
			(s) =>
				setPath(s, path, undefined, true)
	),
	fc.tuple(oddString, anyValue).map(([key, value]): Mutation => (s) => {
		s[key] = value;
	}),
	fc
		.tuple(
			fc.constantFrom(null, '"drivers":', '"events":', '"title":', '"ukraine-war-course":'),
			fc.constantFrom(...HOSTILE_KEYS),
			fc.jsonValue({ maxDepth: 2 })
		)
		.map(([anchor, key, value]): Mutation => () => ({ inject: [anchor, key, JSON.stringify(value) ?? 'null'] })),
	fc.tuple(fc.constantFrom(...PATHS), fc.integer({ min: 1, max: 20_000 }), fc.boolean()).map(
		([path, depth, arrays]): Mutation =>
			(s) =>
				setPath(s, path, { __nested: nest(0, depth, arrays) }, false)
	)
);

/** The baseline with its title marked and 0–3 mutations; the text, with nested values spliced in. */
const mutations = fc.oneof(fc.constant([]), {
	weight: 3,
	arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 })
});

const mutatedScenario = mutations.map((list) => (ctx: SendContext): string => {
	const scenario = baselineScenario() as Json;
	scenario.title = { en: `${ctx.marker} fuzzed`, ar: `${ctx.marker} مشوش` };
	const injections: [string | null, string, string][] = [];
	for (const m of list) {
		const result = m(scenario);
		if (result) injections.push(result.inject);
	}
	let text = JSON.stringify(scenario, (_key, value: unknown) =>
		value && typeof value === 'object' && '__nested' in value
			? `\u0001${(value as { __nested: string }).__nested}\u0001`
			: value
	);
	text = text.replace(/"\\u0001(.*?)\\u0001"/g, (_all, inner: string) => JSON.parse(`"${inner}"`) as string);
	for (const [anchor, key, value] of injections) text = injectKey(text, anchor, key, value);
	return text;
});

export const wholeBody: fc.Arbitrary<[string, (ctx: SendContext) => string | undefined]> = fc.oneof(
	{ weight: 8, arbitrary: mutatedScenario.map((b) => ['mutated scenario', b] as [string, typeof b]) },
	{
		weight: 2,
		arbitrary: fc
			.jsonValue({ maxDepth: 4 })
			.map((v) => ['wrong type', () => JSON.stringify(v)] as [string, () => string])
	},
	{ weight: 1, arbitrary: hugeString.map((s) => ['huge string', () => JSON.stringify(s)] as [string, () => string]) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.integer({ min: 1, max: 200_000 }), fc.boolean())
			.map(([depth, arrays]) => ['deep nesting', () => nest(1, depth, arrays)] as [string, () => string])
	},
	{
		weight: 1,
		arbitrary: fc
			.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('', '{', '{"a":', '[1,]', 'NaN', '\uFEFF{}', 'null'))
			.map((s) => ['broken JSON', () => s] as [string, () => string])
	},
	{ weight: 1, arbitrary: fc.constant(['no body', () => undefined] as [string, () => undefined]) }
);
