// Where Compare's "Back to the dashboard" leads: to the column the analyst brought with unsaved
// edits (the dashboard's Compare link), with those edits, so going back loses nothing; else to
// the reference when it is a preset, else to the model's first preset.

import type { ScenarioEdits } from '$lib/editing/scenario-edits';
import type { LinkStart } from '$lib/links';
import { parseRef } from './refs';

export interface BackTarget {
	start: LinkStart;
	edits?: ScenarioEdits;
}

export function backTarget(model: string, refs: readonly string[]): BackTarget {
	const parsed = refs.map(parseRef).flatMap((r) => (r.ok ? [r.ref] : []));
	const edited = parsed.find((r) => r.edits !== undefined);
	if (edited) {
		const start: LinkStart =
			edited.kind === 'preset'
				? { kind: 'preset', model: edited.model, scenario: edited.scenario }
				: { kind: 'saved', id: edited.id, revision: edited.revision };
		return { start, edits: edited.edits };
	}
	const first = parsed[0];
	return { start: { kind: 'preset', model, scenario: first?.kind === 'preset' ? first.scenario : undefined } };
}
