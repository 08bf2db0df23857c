// Whether the dashboard should offer to restore the draft this browser keeps: only when restoring
// it would change what is on screen. A draft of the very settings shown (the same start and the
// same edits, however its query is ordered) is no offer, and neither is one without edits.

import type { Draft } from './draft';
import { hasEdits, type ScenarioEdits } from './scenario-edits';
import { decodeLinkState, encodeLinkState, type EditSource, type LinkStart } from './url-edits';

/** The start a draft's query names, or null when it names none. */
function startOf(params: URLSearchParams): LinkStart | null {
	const state = decodeLinkState(params);
	if (state.saved) return { kind: 'saved', id: state.saved, revision: state.revision };
	if (state.model) return { kind: 'preset', model: state.model, scenario: state.scenario };
	return null;
}

const written = (start: LinkStart, edits: ScenarioEdits) =>
	encodeLinkState(new URLSearchParams(), start, edits).toString();

/** The draft to offer while the dashboard shows `edits` on `source`, or null. */
export function draftToOffer(draft: Draft | null, source: EditSource, edits: ScenarioEdits): Draft | null {
	if (!draft) return null;
	const params = new URLSearchParams(draft.search);
	const start = startOf(params);
	const draftEdits = decodeLinkState(params).edits;
	if (!start || !hasEdits(draftEdits)) return null;
	return written(start, draftEdits) === written(source, edits) ? null : draft;
}
