// Saving the editor's settings: a new saved scenario, or a new revision of the one being edited,
// and what to do when someone else saved first (the server's 409 carries their revision).

import { goto } from '$app/navigation';
import { scenariosApi } from '$lib/api/scenarios-client';
import type { Revision } from '$lib/api/types';
import type { BilingualText } from '$lib/model';
import type { Problem } from '$lib/schema';
import { clearDraft } from '$lib/editing/draft';
import { withoutInheritedNotes } from '$lib/narrative/written-for';
import { scenarioSearch } from '$lib/links/queries';
import { withSignpostLog } from '$lib/signposts';
import type { EditorState } from './editor.svelte';

export type SaveStatus =
	| { kind: 'idle' }
	| { kind: 'saving' }
	| { kind: 'saved'; revision: number }
	| { kind: 'failed'; message: string; problems: Problem[] };

/** The dashboard, where it is, on a saved scenario at one revision. */
function savedHref(id: string, revision: number): string {
	return scenarioSearch({ kind: 'saved', id, revision });
}

export class SaveFlow {
	status: SaveStatus = $state({ kind: 'idle' });
	/** Their revision, while the analyst decides what to do about a conflict. */
	conflict: Revision | null = $state.raw(null);
	#note = '';

	constructor(private readonly editor: EditorState) {}

	/** A new revision of the saved scenario being edited. */
	async save(note: string): Promise<boolean> {
		const source = this.editor.source;
		if (source.kind !== 'saved') return false;
		return this.#put(source.id, source.revision, note);
	}

	// The author of every revision is the signed-in account; the server records it.
	async #put(id: string, baseRevision: number, note: string): Promise<boolean> {
		this.#note = note;
		this.status = { kind: 'saving' };
		// The signpost log is the server's to append to: a save sends the log of the revision it is on.
		const onto = this.conflict?.revision === baseRevision ? this.conflict.scenario : this.editor.base;
		const scenario = withSignpostLog({ ...this.editor.scenario, id }, onto.signposts);
		const result = await scenariosApi.save(id, baseRevision, scenario, note);
		if (result.ok) {
			// Saved: nothing unsaved is left to offer back on the next visit.
			clearDraft();
			this.conflict = null;
			this.status = { kind: 'saved', revision: result.value.revision.revision };
			this.editor.rebase(scenario, { kind: 'saved', id, revision: result.value.revision.revision });
			await goto(savedHref(id, result.value.revision.revision), {
				replaceState: true,
				noScroll: true,
				keepFocus: true,
				invalidateAll: true
			});
			return true;
		}
		if (result.status === 409 && 'conflict' in result) {
			this.status = { kind: 'idle' };
			this.conflict = result.conflict;
			return false;
		}
		this.status = { kind: 'failed', message: result.message, problems: 'problems' in result ? result.problems : [] };
		return false;
	}

	/** A new saved scenario with these settings, then the dashboard on it. */
	async saveAs(title: BilingualText, note: string): Promise<boolean> {
		this.status = { kind: 'saving' };
		// From a preset, the preset's own notes describe the preset, not this new scenario.
		const scenario =
			this.editor.source.kind === 'preset'
				? withoutInheritedNotes(this.editor.scenario, this.editor.base)
				: this.editor.scenario;
		const result = await scenariosApi.create({ ...scenario, title }, note);
		if (!result.ok) {
			this.status = { kind: 'failed', message: result.message, problems: 'problems' in result ? result.problems : [] };
			return false;
		}
		clearDraft();
		this.conflict = null;
		this.status = { kind: 'saved', revision: result.value.scenario.headRevision };
		await goto(savedHref(result.value.scenario.id, result.value.scenario.headRevision));
		return true;
	}

	/** Conflict: save mine on top of theirs; their revision stays in the history. */
	keepMine(): Promise<boolean> {
		const theirs = this.conflict;
		if (!theirs) return Promise.resolve(false);
		return this.#put(theirs.scenarioId, theirs.revision, this.#note);
	}

	/** Conflict: continue from their revision; mine stays one Undo away. */
	takeTheirs(): void {
		const theirs = this.conflict;
		if (!theirs) return;
		this.editor.rebase(theirs.scenario, { kind: 'saved', id: theirs.scenarioId, revision: theirs.revision });
		this.conflict = null;
		void goto(savedHref(theirs.scenarioId, theirs.revision), {
			replaceState: true,
			noScroll: true,
			keepFocus: true,
			invalidateAll: true
		});
	}

	/** Conflict: mine as a separate saved scenario; theirs untouched. */
	saveCopy(title: BilingualText): Promise<boolean> {
		this.conflict = null;
		return this.saveAs(title, this.#note);
	}
}
