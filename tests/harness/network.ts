import type * as Obs from "../../node_modules/obsidian/obsidian";

type Handler = (request: Obs.RequestUrlParam) => Obs.RequestUrlResponse | Promise<Obs.RequestUrlResponse>;

let handler: Handler | null = null;

/** Harness only: answers `requestUrl`; without one every request fails (tests have no network). */
export function setRequestHandler(next: Handler | null): void {
	handler = next;
}

export function requestUrl(request: Obs.RequestUrlParam | string): Promise<Obs.RequestUrlResponse> {
	const param = typeof request === "string" ? { url: request } : request;
	if (!handler) return Promise.reject(new Error(`requestUrl: no network in the test harness (${param.url})`));
	return Promise.resolve(handler(param)).then((response) => {
		if (param.throw !== false && response.status >= 400) throw new Error(`Request failed, status ${response.status}`);
		return response;
	});
}

export async function request(req: Obs.RequestUrlParam | string): Promise<string> {
	return (await requestUrl(req)).text;
}
