// The browser's call to resolve a question: POST /api/questions/{modelId}/resolutions. Returns
// the server's message on refusal instead of throwing, as the scenarios client does.

export interface ResolveInput {
	date: string;
	outcome: string;
	source: string;
	note?: string;
}

export async function resolveQuestion(
	modelId: string,
	input: ResolveInput,
	fetcher: typeof fetch = fetch
): Promise<{ ok: true } | { ok: false; message: string }> {
	const response = await fetcher(`/api/questions/${encodeURIComponent(modelId)}/resolutions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(input)
	});
	if (response.ok) return { ok: true };
	const body = (await response.json().catch(() => null)) as { message?: string } | null;
	return { ok: false, message: body?.message ?? `HTTP ${response.status}` };
}
