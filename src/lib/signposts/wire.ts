// POST /api/scenarios/{id}/signposts: what the dashboard sends and what it gets back.

import type { BilingualText, EvidenceGrade, Locale, SignpostObservation } from '$lib/model';
import type { RevisionMeta } from '$lib/api/types';
import type { SignpostStatus } from '$lib/schema/signposts';

export interface RecordSignpostRequest {
	/** The revision the analyst saw: recording on anything else is a conflict (409), as a save. */
	baseRevision: number;
	indicator: string;
	status: SignpostStatus;
	/** The day it was seen, YYYY-MM-DD. */
	date: string;
	seen: BilingualText;
	source: string;
	grade: EvidenceGrade;
	note?: BilingualText;
	/** The shift of the driver's assessment the analyst accepted (or edited), in [-1, 1]. */
	shift: number;
	/** The language of the revision's note (default English). */
	lang?: Locale;
}

export interface RecordSignpostResponse {
	revision: RevisionMeta;
	observation: SignpostObservation;
}
