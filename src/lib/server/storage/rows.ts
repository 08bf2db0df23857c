// Rows as SQLite returns them, and their conversion to the store's types. Scenario JSON in a
// revision row was written by the store itself, after validation, so it is read back as is.

import type { ScenarioInput } from '$lib/model';
import type { Revision, RevisionMeta, SavedScenarioSummary } from '$lib/api/types';

export interface ScenarioRow {
	id: string;
	model_id: string;
	title_en: string;
	title_ar: string;
	head_revision: number;
	created_at: string;
	updated_at: string;
	deleted_at: string | null;
}

export interface RevisionMetaRow {
	scenario_id: string;
	revision: number;
	created_at: string;
	author: string;
	note: string;
	base_revision: number | null;
}

export interface RevisionRow extends RevisionMetaRow {
	scenario: string;
}

export function toSummary(row: ScenarioRow): SavedScenarioSummary {
	return {
		id: row.id,
		modelId: row.model_id,
		title: { en: row.title_en, ar: row.title_ar },
		headRevision: row.head_revision,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		deletedAt: row.deleted_at
	};
}

export function toRevisionMeta(row: RevisionMetaRow): RevisionMeta {
	return {
		scenarioId: row.scenario_id,
		revision: row.revision,
		createdAt: row.created_at,
		author: row.author,
		note: row.note,
		baseRevision: row.base_revision
	};
}

export function toRevision(row: RevisionRow): Revision {
	return { ...toRevisionMeta(row), scenario: JSON.parse(row.scenario) as ScenarioInput };
}
