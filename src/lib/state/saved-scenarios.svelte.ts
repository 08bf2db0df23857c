// What the saved-scenario pages do to saved scenarios — rename, duplicate, delete, undelete,
// restore a revision, import a file — with the state the analyst sees of it: whether an action is
// under way and what the last one did. The lists themselves come from the pages' loads; after each
// action the page's data is loaded again (`refresh`), so the list and the history show the result.
// One instance per page, provided through context: nothing here is shared between users.

import { getContext, setContext } from 'svelte';
import type { scenariosApi } from '$lib/api/scenarios-client';
import type { SavedScenarioSummary } from '$lib/api/types';
import type { BilingualText } from '$lib/model';
import { m } from '$lib/paraglide/messages';
import type { Problem } from '$lib/schema';
import { tr } from '$lib/i18n/text';

/** The calls these actions make: the real client, or a fake in tests. */
export type SavedScenariosApi = Pick<
	typeof scenariosApi,
	'rename' | 'duplicate' | 'remove' | 'undelete' | 'restoreRevision' | 'importFile'
>;

export type ImportOutcome =
	{ ok: true; id: string; title: BilingualText } | { ok: false; file: string; message: string; problems: Problem[] };

type Named = Pick<SavedScenarioSummary, 'id' | 'title'>;

export class SavedScenarios {
	/** What the last action did (or why it failed), for the page's status line. */
	message = $state('');
	/** An action is under way; another is refused until it ends. */
	busy = $state(false);
	/** The last import: the scenario it saved, or every problem of the file it refused. */
	imported: ImportOutcome | null = $state.raw(null);

	/** `refresh` loads the page's data again (SvelteKit's invalidateAll in the app). */
	constructor(
		private readonly api: SavedScenariosApi,
		private readonly refresh: () => Promise<void>
	) {}

	rename(scenario: Named & { headRevision: number }, title: BilingualText): Promise<boolean> {
		return this.#act(
			() => this.api.rename(scenario.id, title, scenario.headRevision),
			() => m.list_renamed({ title: tr(title) })
		);
	}

	duplicate(scenario: Named): Promise<boolean> {
		return this.#act(
			() => this.api.duplicate(scenario.id),
			() => m.list_duplicated({ title: m.copy_suffix({ title: tr(scenario.title) }) })
		);
	}

	/** To the trash, from where `undelete` brings it back. */
	remove(scenario: Named): Promise<boolean> {
		return this.#act(
			() => this.api.remove(scenario.id),
			() => m.list_deleted({ title: tr(scenario.title) })
		);
	}

	undelete(scenario: Named): Promise<boolean> {
		return this.#act(
			() => this.api.undelete(scenario.id),
			() => m.list_restored({ title: tr(scenario.title) })
		);
	}

	/** An old revision's settings as a new head revision; the history keeps every one. */
	restore(saved: { id: string; headRevision: number }, revision: number): Promise<boolean> {
		const note = m.history_restore_note({ revision });
		return this.#act(
			() => this.api.restoreRevision(saved.id, revision, saved.headRevision, note),
			(value) => m.history_restored({ revision, head: value.revision.revision })
		);
	}

	/** The import form is gone (the trash is shown): its outcome with it, as before it was opened. */
	forgetImport(): void {
		this.imported = null;
	}

	/** A scenario file, checked by the server as the presets are: saved whole, or not at all. */
	async importFile(file: { name: string; text(): Promise<string> }): Promise<boolean> {
		if (this.busy) return false;
		this.busy = true;
		try {
			let text: string;
			try {
				text = await file.text();
			} catch (error) {
				// The file went away or may not be read since it was chosen: refused, and said why.
				const message = error instanceof Error ? error.message : String(error);
				this.imported = { ok: false, file: file.name, message, problems: [] };
				return false;
			}
			const result = await this.api.importFile(file.name, text);
			if (!result.ok) {
				const problems = 'problems' in result ? result.problems : [];
				this.imported = { ok: false, file: file.name, message: result.message, problems };
				return false;
			}
			this.imported = { ok: true, id: result.value.scenario.id, title: result.value.scenario.title };
			await this.#reload();
			return true;
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Loads the page's data again. The action itself is done by then, so a failure to reload is
	 * said after what was done, never thrown past the button that started it.
	 */
	async #reload(): Promise<void> {
		try {
			await this.refresh();
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			this.message = m.reload_failed({ message: this.message, reason }).trim();
		}
	}

	async #act<T>(
		call: () => Promise<{ ok: true; value: T } | { ok: false; message: string }>,
		done: (value: T) => string
	): Promise<boolean> {
		if (this.busy) return false;
		this.busy = true;
		try {
			const result = await call();
			this.message = result.ok ? done(result.value) : m.action_failed({ message: result.message });
			// Even a failure reloads: it is often someone else's change (a rename, a delete) showing.
			await this.#reload();
			return result.ok;
		} finally {
			this.busy = false;
		}
	}
}

const KEY = Symbol('saved-scenarios');

export function provideSavedScenarios(saved: SavedScenarios): SavedScenarios {
	return setContext(KEY, saved);
}

export function useSavedScenarios(): SavedScenarios {
	return getContext<SavedScenarios>(KEY);
}
