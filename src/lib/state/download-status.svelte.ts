// What a download button says while a file is built in the browser: working, done for a moment,
// or failed with the reason. One instance per button.

export type DownloadPhase = 'idle' | 'working' | 'done' | 'failed';

export class DownloadStatus {
	phase: DownloadPhase = $state('idle');
	failure = $state('');

	/** Runs `work` unless it is already running; a second click while working does nothing. */
	async run(work: () => Promise<void>): Promise<void> {
		if (this.phase === 'working') return;
		this.phase = 'working';
		try {
			await work();
			this.phase = 'done';
			// The confirmation is for the moment of the download, not a lasting state.
			setTimeout(() => (this.phase = this.phase === 'done' ? 'idle' : this.phase), 5000);
		} catch (error) {
			this.failure = error instanceof Error ? error.message : String(error);
			this.phase = 'failed';
		}
	}
}
