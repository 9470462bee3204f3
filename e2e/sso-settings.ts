// One place for the e2e single sign-on settings: the provider script and the app's webServer env.
const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
const PORT = Number(process.env.E2E_OIDC_PORT ?? 4010);

export const E2E_OIDC = {
  port: PORT,
  issuer: `http://127.0.0.1:${PORT}`,
  clientId: "meridian-e2e",
  clientSecret: "meridian-e2e-secret",
  redirectUri: `http://localhost:${APP_PORT}/api/auth/callback/oidc`,
  name: "Brand ID",
  roleMap: "meridian-de=regional_marketer:DE",
};

/** The app's environment for single sign-on against the e2e provider. */
export function oidcAppEnv(): Record<string, string> {
  return {
    OIDC_ISSUER: E2E_OIDC.issuer,
    OIDC_CLIENT_ID: E2E_OIDC.clientId,
    OIDC_CLIENT_SECRET: E2E_OIDC.clientSecret,
    OIDC_NAME: E2E_OIDC.name,
    OIDC_SCOPES: "openid email profile groups",
    OIDC_ROLE_MAP: E2E_OIDC.roleMap,
  };
}
