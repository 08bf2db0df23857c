// static/schema/*.json: written from the zod schemas, and compared with them.

import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { jsonSchemas, renderSchemaFile, SCHEMA_DIR, SCHEMA_FILE_NAMES } from '../lib/schema/index';
import type { Io } from './io';

/** The repository root, wherever the command is run from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function writeSchemaFiles(root = PROJECT_ROOT): Promise<string[]> {
	const schemas = jsonSchemas();
	await mkdir(path.join(root, SCHEMA_DIR), { recursive: true });
	return Promise.all(
		SCHEMA_FILE_NAMES.map(async (name) => {
			await writeFile(path.join(root, SCHEMA_DIR, name), renderSchemaFile(schemas[name]));
			return `${SCHEMA_DIR}/${name}`;
		})
	);
}

/**
 * Checked-in schema files that differ from what the zod schemas generate, with why. Compared
 * as JSON, so that reformatting a file by hand does not count as a difference.
 */
export async function staleSchemaFiles(root = PROJECT_ROOT): Promise<string[]> {
	const schemas = jsonSchemas();
	const stale = await Promise.all(
		SCHEMA_FILE_NAMES.map(async (name) => {
			const file = `${SCHEMA_DIR}/${name}`;
			let text: string;
			try {
				text = await readFile(path.join(root, SCHEMA_DIR, name), 'utf8');
			} catch {
				return `${file} is missing: run npm run schema`;
			}
			let current: unknown;
			try {
				current = JSON.parse(text);
			} catch {
				return `${file} is not valid JSON: run npm run schema`;
			}
			return isDeepStrictEqual(current, schemas[name]) ? undefined : `${file} is out of date: run npm run schema`;
		})
	);
	return stale.filter((message) => message !== undefined);
}

export async function schemaCommand(mode: 'write' | 'check', io: Io): Promise<number> {
	if (mode === 'write') {
		io.out((await writeSchemaFiles()).map((file) => `wrote ${file}\n`).join(''));
		return 0;
	}
	const stale = await staleSchemaFiles();
	if (stale.length > 0) {
		io.err(stale.map((message) => `${message}\n`).join(''));
		return 1;
	}
	io.out(`ok: ${SCHEMA_FILE_NAMES.map((name) => `${SCHEMA_DIR}/${name}`).join(', ')} up to date\n`);
	return 0;
}
