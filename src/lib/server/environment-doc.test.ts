// docs/deploy.md's table lists every environment variable the app reads: the server's and the
// command line's (process.env / env reads, envInteger, the OIDC schema), the scripts', and
// adapter-node's own. A new variable read anywhere fails this until the table names it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The system's own, not the app's to document. */
const NOT_OURS = new Set(['PATH']);

function sources(dir: string): string[] {
	return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(ts|js|mjs|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
		.map((entry) => path.join(entry.parentPath, entry.name))
		.filter((file) => !file.includes(`${path.sep}paraglide${path.sep}`));
}

const READS = [
	/\b(?:env|settings)\??\.([A-Z][A-Z0-9_]+)\b/g,
	/\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g,
	/\benvInteger\(\s*'([A-Z][A-Z0-9_]+)'/g,
	/\b(OIDC_[A-Z_]+)\b/g,
	// A constant naming the variable, read as env[TOKEN_ENV].
	/\b[A-Z_]*ENV\s*=\s*'([A-Z][A-Z0-9_]+)'/g
];

function readByTheApp(): Set<string> {
	const names = new Set<string>();
	for (const file of [...sources('src'), ...sources('scripts')]) {
		const text = readFileSync(file, 'utf8');
		for (const pattern of READS) for (const [, name] of text.matchAll(pattern)) names.add(name);
	}
	const adapter = path.join(ROOT, 'node_modules/@sveltejs/adapter-node/files');
	for (const file of readdirSync(adapter).filter((name) => name.endsWith('.js'))) {
		const text = readFileSync(path.join(adapter, file), 'utf8');
		for (const [, name] of text.matchAll(/\b(?:timeout_)?env\('([A-Z][A-Z0-9_]+)'/g)) names.add(name);
	}
	for (const name of NOT_OURS) names.delete(name);
	return names;
}

function inTheTable(): Set<string> {
	const doc = readFileSync(path.join(ROOT, 'docs/deploy.md'), 'utf8');
	const table = doc.slice(doc.indexOf('## Every environment variable'));
	const names = new Set<string>();
	for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
		const firstCell = row.split('|')[1];
		for (const [, name] of firstCell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)) names.add(name);
	}
	return names;
}

describe('docs/deploy.md, every environment variable', () => {
	it('names each variable the app, its scripts and adapter-node read, and none that nothing reads', () => {
		const read = readByTheApp();
		const table = inTheTable();
		expect([...read].filter((name) => !table.has(name)).sort()).toEqual([]);
		// NODE_ENV: set by the unit for the libraries, not read by the app itself (the table says so).
		expect([...table].filter((name) => !read.has(name) && name !== 'NODE_ENV').sort()).toEqual([]);
	});
});
