// The preset library as the pages need it: a page cannot be drawn without at least one model.

import { error } from '@sveltejs/kit';
import { formatProblem } from '$lib/schema';
import { presetLibrary, type PresetLibrary } from '$lib/server/presets';

/** The library, or a 500 that says why no model could be read. */
export async function pageLibrary(): Promise<PresetLibrary> {
	const library = await presetLibrary();
	if (library.models.length === 0)
		error(500, `No valid model under scenarios/. ${library.problems.map(formatProblem).join('; ')}`);
	return library;
}
