// Tests and e2e: a real OpenID Provider (the `oidc-provider` package) on 127.0.0.1 with one
// confidential client, PKCE required, and its development interactions (a login form that accepts
// any password for a known login, then a consent screen). The accounts' claims go into the ID
// token (conformIdTokenClaims: false), which is where Meridian reads them.
import type { Server } from "node:http";
import Provider from "oidc-provider";

export interface TestAccount {
  email: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface OidcTestProviderOptions {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  /** By login name (what the login form's first field takes). */
  accounts: Record<string, TestAccount>;
}

export interface OidcTestProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startOidcTestProvider(options: OidcTestProviderOptions): Promise<OidcTestProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    scopes: ["openid", "email", "profile", "groups"],
    claims: { email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ["meridian-oidc-test-provider"] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const account = options.accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, email_verified: true, ...account }) };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(options.port, "127.0.0.1", () => resolve(listening));
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
