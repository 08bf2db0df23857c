// Which requests cost the server real work: the pages that simulate (the dashboard, its slides,
// Compare and its slides, the saved list's figures, a history's outputs), exports and imports —
// their page loads and their client-side data requests alike (`event.route.id` is the same).
// Writes: any state-changing method on the API.

import type { RequestEvent } from '@sveltejs/kit';

const EXPENSIVE_ROUTES = new Set([
	'/',
	'/present',
	'/compare',
	'/present/compare',
	'/scenarios',
	'/scenarios/[id]',
	'/api/scenarios/[id]/export',
	'/api/scenarios/import'
]);

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isExpensive(event: Pick<RequestEvent, 'route'>): boolean {
	return event.route.id !== null && EXPENSIVE_ROUTES.has(event.route.id);
}

export function isApiWrite(event: Pick<RequestEvent, 'request' | 'url'>): boolean {
	return !READS.has(event.request.method) && event.url.pathname.startsWith('/api/');
}
