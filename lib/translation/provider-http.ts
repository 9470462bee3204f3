// One JSON request to a provider, with its time-out and failures as ProviderError codes. The
// fetch function is a parameter so the request/response mapping can be tested against the
// providers' documented examples without the network.
import { ProviderError } from "./translation-provider";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export async function requestJson(
  label: string,
  url: string,
  init: RequestInit & { timeoutMs: number; fetch?: FetchLike },
): Promise<unknown> {
  const timeout = AbortSignal.timeout(init.timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await (init.fetch ?? fetch)(url, { ...init, signal });
  } catch (error) {
    if (timeout.aborted) throw new ProviderError("MT_TIMEOUT", `${label} did not answer within ${init.timeoutMs} ms`);
    throw new ProviderError("MT_UNREACHABLE", `${label} cannot be reached: ${(error as Error).message}`);
  }
  if (!response.ok) throw new ProviderError("MT_BAD_RESPONSE", `${label} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new ProviderError("MT_BAD_RESPONSE", `${label} answered something that is not JSON`);
  }
}
