// /api/scenarios/{id}/export: a revision as a preset-format file, ready to drop into
// scenarios/<model>/ or to import again elsewhere.

import { problem, SCHEMA_REFS } from '$lib/schema';
import { invalid } from './errors';
import { requireRevision, requireSaved, revisionNumber } from './saved';

/** ASCII, so that the name needs no RFC 5987 encoding and is safe on every file system. */
export function titleSlug(title: string, fallback: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}

export async function exportScenario(id: string, url: URL): Promise<Response> {
	const saved = await requireSaved(id);
	const asked = url.searchParams.get('revision');
	if (asked !== null && revisionNumber(asked) === null) {
		throw invalid([
			problem('query', ['revision'], `must be a revision number (a whole number from 1), got ${JSON.stringify(asked)}`)
		]);
	}
	const revision = await requireRevision(id, asked ?? String(saved.headRevision));
	const { scenario } = revision;
	const file = { $schema: SCHEMA_REFS['scenario.json'], ...scenario };
	const name = `${scenario.model}-${titleSlug(scenario.title.en, scenario.id)}-r${revision.revision}.json`;
	return new Response(`${JSON.stringify(file, null, 2)}\n`, {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${name}"`
		}
	});
}
