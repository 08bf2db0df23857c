// What each page's server load hands its page (src/lib/server/pages/): plain data, so it
// serializes as is. Compare's own is CompareData ($lib/compare/types), which its library shares.

import type { Revision, RevisionMeta, SavedScenarioSummary } from '$lib/api/types';
import type { SinceRevision } from '$lib/briefing/since-revision';
import type { CompareData, PickerChoices } from '$lib/compare/types';
import type { OutputChanges } from '$lib/compare/output-changes';
import type { EditSource } from '$lib/editing/url-edits';
import type { BilingualText, ModelInput, Projection, ScenarioInput, SignpostObservation, Tornado } from '$lib/model';

/** A model and its presets, as the dashboard's pickers list them. */
export interface CatalogModel {
	id: string;
	title: BilingualText;
	presets: { id: string; title: BilingualText }[];
}

/**
 * The numbers a scenario first opens with, before the browser's worker takes over: on at most the
 * server's bound of paths (SERVER_SAMPLES). `projection.samples` below the scenario's own count
 * says the server rendered fewer, and the dashboard's worker refines to the full count on mount.
 */
export interface ScenarioNumbers {
	projection: Projection;
	tornado: Tornado;
}

/** `/` (and `/ar/`): the scenario the link names, with everything the pickers offer. */
export interface DashboardData extends ScenarioNumbers {
	catalog: CatalogModel[];
	/** The saved scenarios of the shown model. */
	saved: PickerChoices['saved'];
	model: ModelInput;
	/** The preset or saved revision the link starts from. */
	base: ScenarioInput;
	source: EditSource;
	/** The saved scenario's newest revision; null for a preset. */
	headRevision: number | null;
	/** `base` with the link's edits, when they are valid. */
	current: ScenarioInput;
	/** The model's baseline preset: what the key assumptions' tied values are compared with. */
	baseline: ScenarioInput | null;
	/** The saved revision's note (what changed, "" when none); null for a preset. */
	revisionNote: string | null;
	/** What in the link could not be honoured, one line each. */
	linkProblems: string[];
	presetProblems: string[];
}

/** `/present`: the dashboard's scenario as slides. */
export interface PresentationData extends ScenarioNumbers {
	model: ModelInput;
	scenario: ScenarioInput;
	/** The model's baseline preset, which the key assumptions slide compares tied values with. */
	baseline: ScenarioInput | null;
	source: EditSource;
	/** Edits in the link made it something other than the preset or saved revision. */
	edited: boolean;
	headRevision: number | null;
	/** The saved revision's note (what changed, "" when none); null for a preset. */
	revisionNote: string | null;
	linkProblems: string[];
	/** A saved revision after the first, unedited: what changed since an earlier one (`?since=`). */
	since: SinceRevision | null;
	/** The day the slides were made (YYYY-MM-DD), for their provenance line. */
	date: string;
}

/** `/present/compare`: the Compare page's scenarios as slides. */
export interface ComparePresentationData extends CompareData {
	date: string;
}

/** `/scenarios`: the saved scenarios, live or in the trash. */
/** Where a page of a list is: cursors of the pages after and before it, when there are such. */
export interface ListPaging {
	next: string | null;
	previous: string | null;
	/** Not the first page (a cursor in the link): offers a way back to the first. */
	paged: boolean;
}

export interface SavedListData {
	search: string;
	trash: boolean;
	/** One page of them, newest first. */
	scenarios: SavedScenarioSummary[];
	paging: ListPaging;
	/** Model titles by id. */
	models: Record<string, BilingualText>;
	/** By scenario id: its latest note, and its headline figure when already computed. */
	entries: Record<string, SavedListEntry>;
	/** The figures not yet computed, by id, streamed once ready; null when none were missing. */
	later: Promise<Record<string, SavedHeadline | null>> | null;
}

/** A saved scenario's key judgment "… or better at the end of <horizon>", for the saved list. */
export interface SavedHeadline {
	probability: number;
	/** The estimative word ("Likely"). */
	term: BilingualText;
	/** The outcome the judgment names, "… or better". */
	outcome: BilingualText;
	year: number;
}

export interface SavedListEntry {
	/** The newest revision's note ("" when none). */
	note: string;
	headline: SavedHeadline | null;
}

/** `/scenarios/<id>`: one saved scenario's history and the diff of two revisions. */
export interface SavedHistoryData {
	saved: Pick<SavedScenarioSummary, 'id' | 'title' | 'headRevision' | 'deletedAt'>;
	model: ModelInput;
	revisions: RevisionMeta[];
	from: Revision | null;
	to: Revision | null;
	/** What the change from `from` to `to` did to the outputs; null when they are one revision. */
	outputs: OutputChanges | null;
	/** The head's signpost log: which revisions came from an observation (the log is append-only). */
	signposts: SignpostObservation[];
}
