// Scenario references as the Compare page's URL writes them, one `s` parameter each:
//   preset:russia-dprk/baseline   a preset file of a model
//   saved:abc123xyz9              a saved scenario at its head revision (follows later saves)
//   saved:abc123xyz9@3            a saved scenario pinned at revision 3
//   preset:russia-dprk/baseline~d=ukraine-war-course:a-1&e=…
//                                 either of them with unsaved edits, as the dashboard's link
//                                 carries them (editsQuery), after a `~`
// Parsing is structural only: whether the scenario exists is the server's question. A bad ref is
// reported with a reason, never thrown, since links get mangled in chats and e-mails.

import { hasEdits, type ScenarioEdits } from '$lib/editing/scenario-edits';
import { decodeEditsQuery, editsQuery } from '$lib/editing/url-edits';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export type ScenarioRef = (
	{ kind: 'preset'; model: string; scenario: string } | { kind: 'saved'; id: string; revision?: number }
) & {
	/** Unsaved edits on top of the preset or revision (the dashboard's Compare link). */
	edits?: ScenarioEdits;
};

export type RefError = 'empty' | 'unknown-kind' | 'malformed' | 'bad-revision';

export type RefResult = { ok: true; ref: ScenarioRef } | { ok: false; text: string; error: RefError };

// Wider than the schema's kebab-case ids on purpose: a ref that merely names no scenario is
// "not found", a clearer message than "malformed". Length-capped so a URL cannot smuggle essays.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
const REVISION = /^[1-9]\d{0,8}$/;

export function parseRef(input: string): RefResult {
	const text = input.trim();
	const tilde = text.indexOf('~');
	if (tilde < 0) return parseUnedited(text);
	const result = parseUnedited(text.slice(0, tilde));
	if (!result.ok) return { ...result, text };
	const { edits, unreadable } = decodeEditsQuery(text.slice(tilde + 1));
	if (unreadable.length > 0) return { ok: false, text, error: 'malformed' };
	return { ok: true, ref: hasEdits(edits) ? { ...result.ref, edits } : result.ref };
}

function parseUnedited(text: string): RefResult {
	const fail = (error: RefError): RefResult => ({ ok: false, text, error });
	if (text === '') return fail('empty');
	const colon = text.indexOf(':');
	const kind = colon < 0 ? '' : text.slice(0, colon);
	const rest = text.slice(colon + 1);
	if (kind === 'preset') {
		const [model, scenario, ...extra] = rest.split('/');
		if (extra.length > 0 || !NAME.test(model) || !NAME.test(scenario ?? '')) return fail('malformed');
		return { ok: true, ref: { kind: 'preset', model, scenario } };
	}
	if (kind === 'saved') {
		const [id, revision, ...extra] = rest.split('@');
		if (extra.length > 0 || !NAME.test(id)) return fail('malformed');
		if (revision === undefined) return { ok: true, ref: { kind: 'saved', id } };
		if (!REVISION.test(revision)) return fail('bad-revision');
		return { ok: true, ref: { kind: 'saved', id, revision: Number(revision) } };
	}
	return fail('unknown-kind');
}

export function formatRef(ref: ScenarioRef): string {
	const edits = ref.edits && hasEdits(ref.edits) ? `~${editsQuery(ref.edits)}` : '';
	if (ref.kind === 'preset') return `preset:${ref.model}/${ref.scenario}${edits}`;
	return `${ref.revision === undefined ? `saved:${ref.id}` : `saved:${ref.id}@${ref.revision}`}${edits}`;
}

export function presetRef(model: string, scenario: string): string {
	return formatRef({ kind: 'preset', model, scenario });
}

export function savedRef(id: string, revision?: number): string {
	return formatRef({ kind: 'saved', id, revision });
}

export interface ParsedRefs {
	refs: ScenarioRef[];
	/** Refs that could not be read, in URL order. */
	unreadable: { text: string; error: RefError }[];
	/** Readable refs beyond the fourth, left out. */
	extra: ScenarioRef[];
}

/** The `s` values of a URL, in order: readable refs up to four, and what was left out. */
export function parseRefs(values: readonly string[]): ParsedRefs {
	const parsed: ParsedRefs = { refs: [], unreadable: [], extra: [] };
	for (const value of values) {
		const result = parseRef(value);
		if (!result.ok) {
			// An empty `s=` is an artefact of link building, not something the analyst wrote.
			if (result.error !== 'empty') parsed.unreadable.push({ text: result.text, error: result.error });
		} else if (parsed.refs.length < MAX_COMPARED) parsed.refs.push(result.ref);
		else parsed.extra.push(result.ref);
	}
	return parsed;
}
