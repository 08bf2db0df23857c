// /healthz's answer: 200 when the instance can serve, 503 otherwise, never kept by a cache.

import { json } from '@sveltejs/kit';
import { checkHealth } from './check';

export async function healthResponse(): Promise<Response> {
	const health = await checkHealth();
	return json(health, {
		status: health.status === 'ok' ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
}
