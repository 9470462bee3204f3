// The OpenID Provider of the e2e run (a webServer in playwright.config.ts): oidc-provider on a
// fixed port with the accounts e2e/sso.spec.ts signs in as. Any password is accepted.
import { startOidcTestProvider } from "@/lib/testing/oidc-test-provider";
import { E2E_OIDC } from "./sso-settings";

const provider = await startOidcTestProvider({
  port: E2E_OIDC.port,
  clientId: E2E_OIDC.clientId,
  clientSecret: E2E_OIDC.clientSecret,
  redirectUris: [E2E_OIDC.redirectUri],
  accounts: {
    "sso.marketer": { email: "sso.marketer@brand.example", name: "Sam Sso", groups: ["staff", "meridian-de"] },
    "sso.stranger": { email: "sso.stranger@brand.example", name: "Stan Stranger", groups: ["staff"] },
    dana: { email: "de.marketer@meridian.test", name: "Dana Schmidt", groups: ["meridian-de"] },
  },
});
console.log(`OpenID Provider listening at ${provider.issuer}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void provider.close().finally(() => process.exit(0)));
