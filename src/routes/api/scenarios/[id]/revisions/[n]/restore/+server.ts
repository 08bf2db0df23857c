import { endpoint } from '$lib/server/api/endpoint';
import { restoreRevision } from '$lib/server/api/revisions';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(({ params, request }) => restoreRevision(params.id, params.n, request));
