// The dashboard's data: the linked scenario and its numbers, every model with its presets, and
// the saved scenarios of the shown model.

import type { DashboardData } from '$lib/page-data';
import { formatProblem } from '$lib/schema';
import { getStore } from '$lib/server/storage/store';
import { baselineOf } from './baseline';
import { pageLibrary } from './library';
import { linkedScenario, scenarioNumbers } from './linked-scenario';
import { savedChoices } from './saved-choices';

export async function loadDashboard(url: URL): Promise<DashboardData> {
	const library = await pageLibrary();
	const { model, base, source, headRevision, current, revisionNote, linkProblems } = await linkedScenario(
		url.searchParams,
		library
	);
	return {
		catalog: library.models.map((m) => ({
			id: m.id,
			title: m.title,
			presets: (library.scenarios.get(m.id) ?? []).map((s) => ({ id: s.id, title: s.title }))
		})),
		saved: await savedChoices(getStore(), model.id, source.kind === 'saved' ? source.id : undefined),
		model,
		base,
		source,
		headRevision,
		current,
		baseline: baselineOf(library, model.id),
		revisionNote,
		...(await scenarioNumbers(model, current)),
		linkProblems,
		presetProblems: library.problems.map(formatProblem)
	};
}
