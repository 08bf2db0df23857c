// The saved scenarios a picker offers (the dashboard's scenario menu, Compare's slots): the most
// recently saved of a model, never all of them, so that a page stays the same size however many
// are saved. The full list, paged, is /scenarios. The scenario on screen is always offered,
// even when older than the rest, so the menu can show what is open.

import type { PickerChoices } from '$lib/compare/types';
import type { ScenarioStore } from '$lib/server/storage/types';

export const PICKER_LIMIT = 100;

export async function savedChoices(
	store: ScenarioStore,
	modelId: string,
	current?: string
): Promise<PickerChoices['saved']> {
	const choices = (await store.list({ modelId, limit: PICKER_LIMIT })).items.map((s) => ({
		id: s.id,
		title: s.title,
		headRevision: s.headRevision
	}));
	if (current && !choices.some((c) => c.id === current)) {
		const open = await store.get(current);
		if (open && open.modelId === modelId && open.deletedAt === null)
			choices.push({ id: open.id, title: open.title, headRevision: open.headRevision });
	}
	return choices;
}
