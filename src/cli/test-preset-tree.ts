// Temporary preset folders for the CLI and preset-loader tests, from the fixtures in lib/schema.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { tinyModel, tinyScenario } from '../lib/schema/test-fixtures';

/** Relative path → JSON value, or raw text for a file that should not parse. */
export type Tree = Record<string, unknown>;

export function validTree(): Tree {
	return {
		'tiny/model.json': tinyModel(),
		'tiny/baseline.json': tinyScenario(),
		'tiny/calm.json': { ...tinyScenario(), id: 'calm', events: { ceasefire: { probability: 0.9 } } }
	};
}

const roots: string[] = [];

export async function writeTree(tree: Tree): Promise<string> {
	const root = await mkdtemp(path.join(os.tmpdir(), 'scenario-desk-'));
	roots.push(root);
	for (const [relative, content] of Object.entries(tree)) {
		const file = path.join(root, relative);
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
	}
	return root;
}

export async function removeTrees(): Promise<void> {
	await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}
