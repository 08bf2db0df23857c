// Generated write requests for the API fuzz test (fuzz.test.ts) and `npm run bench -- fuzz`:
// every write endpoint, with bodies that are valid-ish scenarios mutated (a field set to anything,
// removed, an unknown or hostile key added, a value buried deep), wrong types, huge strings,
// deep nesting, broken JSON and odd content types. A body is a function of the run's state, so
// that a save can name the head it expects (and then succeed) as often as a stale one.

import fc from 'fast-check';
import { anyValue, hugeString, injectKey, oddString, wholeBody, type SendContext } from './fuzz-bodies';

export type { SendContext };

export type Endpoint = 'create' | 'import' | 'save' | 'rename' | 'duplicate' | 'undelete' | 'restore' | 'delete';

/** What a body may read at send time: the target's current head and a fresh marker. */
export interface FuzzRequest {
	endpoint: Endpoint;
	/** Index into the run's target scenarios (writes to one saved scenario). */
	target: number;
	/** For delete and odd paths: an id that names no target (hostile, malformed, missing). */
	strangeId: string;
	revision: number;
	importName: string;
	contentType: string;
	body: (ctx: SendContext) => string | undefined;
	/** A short label for the counts: which kind of body. */
	kind: string;
}

/** An envelope ({ scenario, baseRevision, note, author, title, revision }) around a body, per endpoint. */
const envelopeField = fc.record(
	{
		base: fc.oneof({ weight: 5, arbitrary: fc.constant<'head'>('head') }, { weight: 1, arbitrary: anyValue }),
		note: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: oddString }, hugeString),
		author: fc.oneof(fc.constant(undefined), oddString),
		extra: fc.option(fc.tuple(oddString, anyValue), { freq: 4 })
	},
	{ requiredKeys: ['base'] }
);

function envelope(
	fields: Record<string, unknown>,
	e: { base: unknown; note?: unknown; author?: unknown; extra?: [string, unknown] | null },
	ctx: SendContext
): Record<string, unknown> {
	const out: Record<string, unknown> = { ...fields, baseRevision: e.base === 'head' ? ctx.head : e.base };
	if (e.note !== undefined) out.note = e.note;
	if (e.author !== undefined) out.author = e.author;
	if (e.extra) out[e.extra[0]] = e.extra[1];
	return out;
}

const contentType = fc.oneof(
	{ weight: 12, arbitrary: fc.constant('application/json') },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			'application/json; charset=utf-8',
			'text/plain',
			'',
			'application/JSON',
			'multipart/form-data'
		)
	}
);

const strangeId = fc.oneof(
	fc.constantFrom('nope', '__proto__', 'constructor', '..', '%2e%2e', 'a'.repeat(300), '%E0%A4%A', '%00', 'x%2Fy'),
	fc.string({ minLength: 1, maxLength: 30 }).map((id) => encodeURIComponent(id))
);

export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
	.record({
		endpoint: fc.constantFrom<Endpoint>(
			'create',
			'create',
			'import',
			'save',
			'save',
			'rename',
			'duplicate',
			'undelete',
			'restore',
			'delete'
		),
		target: fc.nat({ max: 2 }),
		strangeId,
		revision: fc.integer({ min: 0, max: 5 }),
		importName: fc.oneof(fc.constant('fuzz.json'), oddString, fc.string({ maxLength: 300 })),
		contentType,
		whole: wholeBody,
		envelope: envelopeField,
		title: fc.oneof(
			{ weight: 3, arbitrary: fc.constant<'marked'>('marked') },
			{ weight: 2, arbitrary: anyValue },
			{ weight: 1, arbitrary: fc.record({ en: oddString, ar: oddString }) }
		),
		wrapped: fc.boolean()
	})
	.map(({ endpoint, whole: [kind, whole], envelope: e, title, wrapped, ...rest }): FuzzRequest => {
		const bodiless = wrapped && rest.revision === 0;
		const withExtra = (fields: Record<string, unknown>) => (e.extra ? { ...fields, [e.extra[0]]: e.extra[1] } : fields);
		const wrap = (fields: Record<string, unknown>, withScenario: boolean) => (ctx: SendContext) =>
			envelopeText(envelope(fields, e, ctx), withScenario ? whole(ctx) : undefined);
		const bodies: Record<Endpoint, (ctx: SendContext) => string | undefined> = {
			create: wrapped ? wrap({}, true) : whole,
			import: whole,
			save: wrap({}, true),
			rename: (ctx) =>
				wrap(
					{ title: title === 'marked' ? { en: `${ctx.marker} renamed`, ar: `${ctx.marker} ar` } : title },
					false
				)(ctx),
			restore: wrap({}, false),
			// Duplicate and undelete take no baseRevision: a revision to copy (or none), now and then an
			// unknown field, and rarely no body at all.
			duplicate: bodiless
				? () => undefined
				: () => JSON.stringify(withExtra(rest.revision > 0 ? { revision: rest.revision } : {})),
			undelete: bodiless ? () => undefined : () => JSON.stringify(withExtra({})),
			delete: () => undefined
		};
		return {
			endpoint,
			...rest,
			body: bodies[endpoint],
			kind: endpoint === 'create' || endpoint === 'import' ? `${endpoint}: ${kind}` : endpoint
		};
	});

/**
 * The envelope as text, with the scenario's text spliced in as it is (JSON.stringify of a value
 * nested 100,000 deep would overflow the stack here, which is no test of the server).
 */
function envelopeText(fields: Record<string, unknown>, scenario: string | undefined): string {
	const text = JSON.stringify(fields);
	if (scenario === undefined) return text;
	return injectKey(text, null, 'scenario', isJson(scenario) ? scenario : JSON.stringify(scenario));
}

function isJson(text: string): boolean {
	try {
		JSON.parse(text);
		return true;
	} catch {
		return false;
	}
}
