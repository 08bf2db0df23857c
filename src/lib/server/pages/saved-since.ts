// "What changed since revision N" for a saved scenario's briefing: the revision on the slides
// against an earlier one (`?since=N`, by default the one before), with the history page's own
// computations (revisionOutputChanges, changedRows), so the slide and the history never disagree.
// Nothing for a preset, a first revision, or settings edited in the link (the slides' numbers are
// then no revision's).

import type { SinceRevision } from '$lib/briefing/since-revision';
import type { EditSource } from '$lib/editing/url-edits';
import { changedRows, type ModelInput, type ScenarioInput } from '$lib/model';
import { getStore } from '$lib/server/storage/store';
import { revisionOutputChanges } from './saved-history-outputs';

/** The earlier revision: `since` when it is one before `revision`, else the one just before. */
export function sinceRevisionNumber(since: string | null, revision: number): number {
	const n = Number(since);
	return since !== null && Number.isInteger(n) && n >= 1 && n < revision ? n : revision - 1;
}

export async function loadSinceRevision(
	model: ModelInput,
	reference: ScenarioInput | undefined,
	source: EditSource,
	edited: boolean,
	since: string | null
): Promise<SinceRevision | null> {
	if (source.kind !== 'saved' || edited || source.revision < 2) return null;
	const store = getStore();
	const from = await store.revision(source.id, sinceRevisionNumber(since, source.revision));
	const to = await store.revision(source.id, source.revision);
	if (!from || !to) return null;
	return {
		from: from.revision,
		to: to.revision,
		outputs: await revisionOutputChanges(model, reference, from, to),
		inputs: changedRows(model, [from.scenario, to.scenario])
	};
}
