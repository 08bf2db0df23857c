// Where an exported chart goes: a download, or the clipboard. Shared by every chart card.

import { downloadBlob } from '$lib/charts';

export interface PngRequest {
	scale: 2 | 3;
	action: 'download' | 'copy';
}

export async function deliverPng(rendering: Promise<Blob>, request: PngRequest, filename: string): Promise<void> {
	if (request.action === 'copy') {
		// The clipboard accepts a promise of the image, so the write starts inside the click's
		// user activation although the picture is drawn after it.
		if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write)
			throw new Error('no image clipboard in this browser');
		await navigator.clipboard.write([new ClipboardItem({ 'image/png': rendering })]);
		return;
	}
	downloadBlob(await rendering, filename.replace(/\.png$/, `@${request.scale}x.png`));
}
