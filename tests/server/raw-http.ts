// A request exactly as written — any Host header, no Origin unless given — which fetch cannot
// send (it sets Host from the URL). For the edge tests: DNS rebinding arrives with a foreign Host.

import http from 'node:http';

export interface RawAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	text: string;
	json: unknown;
}

export function rawRequest(
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<RawAnswer> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (response) => {
			let text = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (text += chunk));
			response.on('end', () => {
				let json: unknown = null;
				try {
					json = JSON.parse(text) as unknown;
				} catch {
					// Not JSON: the caller looks at `text`.
				}
				resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
			});
		});
		request.on('error', reject);
		request.end(options.body);
	});
}
