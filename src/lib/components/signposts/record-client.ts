// The browser's call to record an observation (POST /api/scenarios/{id}/signposts); like the rest
// of the API client, it returns an HTTP error instead of throwing (a 409 carries the head).

import { call, type ApiResult } from '$lib/api/scenarios-client';
import type { RecordSignpostRequest, RecordSignpostResponse } from '$lib/signposts/wire';

export function recordSignpost(id: string, body: RecordSignpostRequest): Promise<ApiResult<RecordSignpostResponse>> {
	return call<RecordSignpostResponse>(`/api/scenarios/${encodeURIComponent(id)}/signposts`, {
		method: 'POST',
		json: body
	});
}
