// The Meridian API v1 client: openapi-fetch over the types generated from the OpenAPI document,
// so paths, parameters, bodies and answers (including each error code's details) are checked by
// the compiler. Authenticates with a personal access token.
import createClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { components, paths, webhooks } from "./schema";

export type { components, paths, webhooks };
export type MeridianClient = Client<paths>;

export interface MeridianClientOptions extends Omit<ClientOptions, "baseUrl"> {
  /** The Meridian URL, e.g. https://meridian.example.com (MERIDIAN_URL). */
  baseUrl: string;
  /** A personal access token (MERIDIAN_TOKEN). */
  token?: string;
}

export function createMeridianClient({ baseUrl, token, headers, ...options }: MeridianClientOptions): MeridianClient {
  return createClient<paths>({
    ...options,
    baseUrl: baseUrl.replace(/\/+$/, ""),
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string> | undefined) },
  });
}

/** The `error` of a failed call, as every endpoint answers it. */
export type ApiError = components["schemas"]["Error"]["error"];
