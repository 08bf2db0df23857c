// A tiny zip reader for tests: a .pptx is a zip, and its parts are checked as text; slideText
// reads what a slide shows. Reads the central directory (at the end of the file) and inflates each
// entry with Node's zlib, so the tests need no `unzip` command and no zip package.

import { inflateRawSync } from 'node:zlib';

export function readZip(data: Uint8Array): Map<string, string> {
	const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
	// End of central directory record: signature 0x06054b50, within the last 64 KiB + 22 bytes.
	let end = buf.length - 22;
	while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
	if (end < 0) throw new Error('not a zip file: no end of central directory');
	const count = buf.readUInt16LE(end + 10);
	let at = buf.readUInt32LE(end + 16);
	const files = new Map<string, string>();
	for (let i = 0; i < count; i++) {
		if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('corrupt central directory');
		const method = buf.readUInt16LE(at + 10);
		const size = buf.readUInt32LE(at + 20);
		const nameLength = buf.readUInt16LE(at + 28);
		const extraLength = buf.readUInt16LE(at + 30);
		const commentLength = buf.readUInt16LE(at + 32);
		const local = buf.readUInt32LE(at + 42);
		const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
		// The local header repeats name and extra field, with lengths of its own.
		const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
		const raw = buf.subarray(start, start + size);
		files.set(name, (method === 0 ? raw : inflateRawSync(raw)).toString('utf8'));
		at += 46 + nameLength + extraLength + commentLength;
	}
	return files;
}

/** The text a slide's XML shows: its `<a:t>` runs joined, with XML's five entities read back. */
export function slideText(xml: string): string {
	const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
	return runs
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}
