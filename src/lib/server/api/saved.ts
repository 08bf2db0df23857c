// Lookups shared by the handlers: the store, a saved scenario or revision by its URL, or a 404.

import { getStore } from '$lib/server/storage/store';
import type { Revision, SavedScenario } from '$lib/api/types';
import type { ScenarioStore } from '$lib/server/storage/types';
import { notFound } from './errors';

export function store(): ScenarioStore {
	return getStore();
}

export async function requireSaved(id: string): Promise<SavedScenario> {
	const saved = await store().get(id);
	if (!saved) throw notFound(`no saved scenario "${id}"`);
	return saved;
}

/** Edits need a live scenario: one in the trash is undeleted first, on purpose. */
export async function requireLive(id: string): Promise<SavedScenario> {
	const saved = await requireSaved(id);
	if (saved.deletedAt !== null)
		throw notFound(
			`saved scenario "${id}" is in the trash: undelete it (POST /api/scenarios/${id}/undelete) before editing it`
		);
	return saved;
}

/** Revision numbers in URLs: 1, 2, … ; anything else names no revision. */
export function revisionNumber(text: string | null): number | null {
	return text !== null && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;
}

export async function requireRevision(id: string, n: string): Promise<Revision> {
	await requireSaved(id);
	const number = revisionNumber(n);
	const found = number === null ? null : await store().revision(id, number);
	if (!found) throw notFound(`saved scenario "${id}" has no revision ${JSON.stringify(n)}`);
	return found;
}

export function location(id: string): string {
	return `/api/scenarios/${encodeURIComponent(id)}`;
}
