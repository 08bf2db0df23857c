import { describe, expect, it } from 'vitest';
import { DownloadStatus } from './download-status.svelte';

describe('DownloadStatus', () => {
	it('is working while the file is built, then done; a click meanwhile does nothing', async () => {
		const status = new DownloadStatus();
		let finish = () => {};
		let runs = 0;
		const work = () => new Promise<void>((resolve) => ((finish = resolve), runs++));
		const first = status.run(work);
		expect(status.phase).toBe('working');
		await status.run(work);
		expect(runs).toBe(1);
		finish();
		await first;
		expect(status.phase).toBe('done');
	});

	it('says why it failed', async () => {
		const status = new DownloadStatus();
		await status.run(async () => {
			throw new Error('disk full');
		});
		expect(status.phase).toBe('failed');
		expect(status.failure).toBe('disk full');
	});
});
