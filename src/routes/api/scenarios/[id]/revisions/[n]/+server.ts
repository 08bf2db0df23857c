import { endpoint } from '$lib/server/api/endpoint';
import { getRevision } from '$lib/server/api/revisions';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = endpoint(({ params }) => getRevision(params.id, params.n));
