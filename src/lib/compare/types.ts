// What the Compare page's server hands its components: plain data, so it serializes as is.

import type { BilingualText, GapAttribution, KeyJudgment, ModelInput, Projection, ScenarioInput } from '$lib/model';

/** Something about the link the page could not honour; the page says it in the reader's language. */
export type CompareNotice =
	| { kind: 'unreadable'; ref: string }
	| { kind: 'too-many'; refs: string[] }
	| { kind: 'not-found'; ref: string }
	| { kind: 'duplicate'; ref: string; title: BilingualText }
	| { kind: 'invalid'; ref: string; details: string }
	| { kind: 'other-model'; ref: string; title: BilingualText; model: BilingualText; expected: BilingualText }
	| { kind: 'storage'; details: string };

/** One scenario the link names, found and checked. */
export interface Candidate {
	/** Canonical ref text, as the URL should carry it. */
	ref: string;
	model: ModelInput;
	scenario: ScenarioInput;
	title: BilingualText;
	/** Revision shown, for saved scenarios; null for presets. */
	revision: number | null;
}

/** One compared scenario, with everything the page shows of it. */
export interface ComparedScenario {
	ref: string;
	title: BilingualText;
	revision: number | null;
	scenario: ScenarioInput;
	/**
	 * On at most the server's bound of paths (SERVER_SAMPLES): `projection.samples` below
	 * `scenario.samples` says the server rendered fewer, and the page's worker refines to the
	 * scenario's own count (cappedScenarios in ./numbers), as the dashboard does.
	 */
	projection: Projection;
	judgments: KeyJudgment[];
}

/** What the pickers offer: every preset and saved scenario of the compared model. */
export interface PickerChoices {
	presets: { ref: string; title: BilingualText }[];
	saved: { id: string; title: BilingualText; headRevision: number }[];
}

export interface CompareData {
	model: ModelInput;
	/**
	 * Two to four, the first being the reference the others are measured against: the one the
	 * link names with `ref=`, else the model's baseline when compared, else the link's first.
	 */
	scenarios: ComparedScenario[];
	/** Whether the link chose the reference (`ref=`), so that the address keeps saying so. */
	referenceAsked: boolean;
	/** `gapAttribution(model, first, other)` for each other scenario, in order, on the first's paths. */
	gaps: GapAttribution[];
	choices: PickerChoices;
	notices: CompareNotice[];
}
