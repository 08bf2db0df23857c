import { endpoint } from '$lib/server/api/endpoint';
import { recordSignpost } from '$lib/server/signposts/record';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = endpoint(({ params, request }) => recordSignpost(params.id, request));
