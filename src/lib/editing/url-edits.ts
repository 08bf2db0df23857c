// The editor's state in a link: where the edits start (a preset, or a saved scenario at a
// revision) and only what differs from it, in a compact form that survives being pasted:
//   ?model=russia-dprk&scenario=baseline&d=china-calculus:w0.7,a0.1;ukraine-war-course:t-0.05&e=ukraine-ceasefire:0.6
//   ?saved=Xk2p9QaZ1m&rev=3&d=china-calculus:a0.2
//   &u=v0.1,p0.8 — the unmodelled factors (volatility, persistence), both or neither
//   &n=2026-06:Treaty%20anniversary%20gala&n=… — the notes on the time charts, one `n` each, all of
//     them when they differ from the start's (a lone empty `n=` when the analyst removed them all)
// Decoding is structural only; the route validates the result against the model, with messages.

import type { ChartAnnotation, DriverSetting, Dynamics } from '$lib/model';
import { ANNOTATION_MAX_LENGTH, MAX_ANNOTATIONS } from '$lib/schema/scenario';
import type { ScenarioEdits } from './scenario-edits';

/** The query keys of the edits (the rest of a link names where they start). */
const EDIT_KEYS = ['d', 'e', 'u', 'seed', 'samples', 'n'];

const FIELD_CODES: Record<string, keyof DriverSetting> = {
	w: 'weight',
	a: 'assessment',
	l: 'low',
	h: 'high',
	t: 'trend'
};
const CODE_OF = Object.fromEntries(Object.entries(FIELD_CODES).map(([code, field]) => [field, code])) as Record<
	keyof DriverSetting,
	string
>;

/** Where the edits start: a preset of a model, or a saved scenario at one revision. */
export type EditSource =
	{ kind: 'preset'; model: string; scenario: string } | { kind: 'saved'; id: string; revision: number };

/**
 * What a link names as its start: an edit source, or less — a model alone (its first preset), a
 * saved scenario at its head revision. The server fills in the rest.
 */
export type LinkStart =
	{ kind: 'preset'; model: string; scenario?: string } | { kind: 'saved'; id: string; revision?: number };

export interface LinkState {
	model?: string;
	scenario?: string;
	saved?: string;
	revision?: number;
	edits: ScenarioEdits;
	/** Parts of the link that could not be read, for the page to say so. */
	unreadable: string[];
}

/** `params` with the start and the edits written in place of any the link had; other parameters stay. */
export function encodeLinkState(params: URLSearchParams, source: LinkStart, edits: ScenarioEdits): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const key of ['model', 'scenario', 'saved', 'rev', ...EDIT_KEYS]) out.delete(key);
	if (source.kind === 'preset') {
		out.set('model', source.model);
		if (source.scenario !== undefined) out.set('scenario', source.scenario);
	} else {
		out.set('saved', source.id);
		if (source.revision !== undefined) out.set('rev', String(source.revision));
	}
	const drivers = Object.entries(edits.drivers)
		.map(
			([id, change]) =>
				`${id}:${(Object.entries(change) as [keyof DriverSetting, number][]).map(([f, v]) => `${CODE_OF[f]}${v}`).join(',')}`
		)
		.join(';');
	if (drivers) out.set('d', drivers);
	const events = Object.entries(edits.events)
		.map(([id, p]) => `${id}:${p}`)
		.join(';');
	if (events) out.set('e', events);
	if (edits.dynamics) out.set('u', `v${edits.dynamics.volatility},p${edits.dynamics.persistence}`);
	if (edits.seed !== undefined) out.set('seed', String(edits.seed));
	if (edits.samples !== undefined) out.set('samples', String(edits.samples));
	if (edits.annotations?.length === 0) out.set('n', '');
	for (const note of edits.annotations ?? []) out.append('n', `${note.date}:${note.text}`);
	return out;
}

// As many notes as a scenario may hold, each as long as the schema allows: a link cannot smuggle essays.

/** `2026-06:Treaty anniversary gala` → the note; the text may hold colons, the month may not. */
function decodeNote(text: string): ChartAnnotation | undefined {
	const match = /^(\d{4}-(?:0[1-9]|1[0-2])):(.*)$/s.exec(text);
	const note = match?.[2].trim();
	if (!match || !note || note.length > ANNOTATION_MAX_LENGTH) return undefined;
	return { date: match[1], text: note };
}

/** Every `n` of the link, or undefined when it has none; those that cannot be read go to `unreadable`. */
function decodeNotes(texts: string[], unreadable: string[]): ChartAnnotation[] | undefined {
	if (texts.length === 0) return undefined;
	const notes: ChartAnnotation[] = [];
	for (const text of texts.filter(Boolean)) {
		const note = notes.length < MAX_ANNOTATIONS ? decodeNote(text) : undefined;
		if (note) notes.push(note);
		else unreadable.push(`n: ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`);
	}
	return notes;
}

function number(text: string): number | undefined {
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return undefined;
	return Number(text);
}

/** `v0.1,p0.8` → both factors; anything less is unreadable, as a link must set both or neither. */
function decodeDynamics(text: string): Dynamics | undefined {
	const values = new Map<string, number | undefined>();
	for (const item of text.split(',')) values.set(item[0] ?? '', number(item.slice(1)));
	const volatility = values.get('v');
	const persistence = values.get('p');
	if (values.size !== 2 || volatility === undefined || persistence === undefined) return undefined;
	return { volatility, persistence };
}

export function decodeLinkState(params: URLSearchParams): LinkState {
	const state: LinkState = {
		model: params.get('model') ?? undefined,
		scenario: params.get('scenario') ?? undefined,
		saved: params.get('saved') ?? undefined,
		edits: { drivers: {}, events: {} },
		unreadable: []
	};
	const revision = params.get('rev');
	if (revision !== null) {
		if (/^[1-9]\d{0,8}$/.test(revision)) state.revision = Number(revision);
		else state.unreadable.push(`rev: ${revision}`);
	}
	for (const part of (params.get('d') ?? '').split(';').filter(Boolean)) {
		const [id, fields] = part.split(':');
		const change: Partial<DriverSetting> = {};
		for (const item of (fields ?? '').split(',').filter(Boolean)) {
			const field = FIELD_CODES[item[0]];
			const value = number(item.slice(1));
			if (field && value !== undefined) change[field] = value;
			else state.unreadable.push(`d: ${part}`);
		}
		if (id && Object.keys(change).length > 0) state.edits.drivers[id] = change;
	}
	for (const part of (params.get('e') ?? '').split(';').filter(Boolean)) {
		const [id, text] = part.split(':');
		const value = number(text ?? '');
		if (id && value !== undefined) state.edits.events[id] = value;
		else state.unreadable.push(`e: ${part}`);
	}
	const unmodelled = params.get('u');
	if (unmodelled !== null) {
		const dynamics = decodeDynamics(unmodelled);
		if (dynamics) state.edits.dynamics = dynamics;
		else state.unreadable.push(`u: ${unmodelled}`);
	}
	for (const key of ['seed', 'samples'] as const) {
		const text = params.get(key);
		if (text === null) continue;
		const value = number(text);
		if (value !== undefined) state.edits[key] = value;
		else state.unreadable.push(`${key}: ${text}`);
	}
	const notes = decodeNotes(params.getAll('n'), state.unreadable);
	if (notes) state.edits.annotations = notes;
	return state;
}

const START_KEYS = ['model', 'scenario', 'saved', 'rev'];

/** The edits alone as a query (`d=…&e=…&u=…&n=…`, no start), as a ref to an edited scenario carries them. */
export function editsQuery(edits: ScenarioEdits): string {
	const params = encodeLinkState(new URLSearchParams(), { kind: 'preset', model: '' }, edits);
	for (const key of START_KEYS) params.delete(key);
	// ':', ';' and ',' need no escape in a query and keep the ref readable: d=war:a-1;china:w1
	return params.toString().replace(/%3A/gi, ':').replace(/%3B/gi, ';').replace(/%2C/gi, ',');
}

/** `editsQuery` read back; any start it names, or any other parameter, is unreadable here. */
export function decodeEditsQuery(text: string): { edits: ScenarioEdits; unreadable: string[] } {
	const params = new URLSearchParams(text);
	const { edits, unreadable } = decodeLinkState(params);
	const stray = [...params.keys()].filter((key) => !EDIT_KEYS.includes(key));
	return { edits, unreadable: [...unreadable, ...stray] };
}
