// Single sign-on in a real browser against the e2e OpenID Provider (e2e/oidc-provider-server.ts,
// oidc-provider's development login and consent pages on 127.0.0.1:4010).
import { expect, test, type Page } from "@playwright/test";
import { E2E_OIDC } from "./sso-settings";

async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${E2E_OIDC.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_OIDC.issuer.replace(/\./g, "\\.")}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // A fresh browser context has not consented yet.
  await page.getByRole("button", { name: "Continue" }).click();
}

async function sessionEmail(page: Page): Promise<string | undefined> {
  const res = await page.request.get("/api/auth/session");
  return ((await res.json()) as { user?: { email?: string } }).user?.email;
}

test.describe("single sign-on", () => {
  test("a new person signs in through the identity provider and gets the mapped market", async ({ page }) => {
    await signInAtProvider(page, "sso.marketer");
    await expect(page).toHaveURL(/\/work$/);
    expect(await sessionEmail(page)).toBe("sso.marketer@brand.example");
    // regional_marketer of DE: the DE market is visible, another market's page is not offered.
    await page.goto("/markets");
    await expect(page.getByTestId("market-row-DE")).toBeVisible();
    await expect(page.getByTestId("market-row-JP")).toHaveCount(0);
  });

  test("an existing user is matched by verified e-mail", async ({ page }) => {
    await signInAtProvider(page, "dana");
    await expect(page).toHaveURL(/\/work$/);
    expect(await sessionEmail(page)).toBe("de.marketer@meridian.test");
  });

  test("someone in no mapped group is sent back with an explanation", async ({ page }) => {
    await signInAtProvider(page, "sso.stranger");
    await expect(page).toHaveURL(/\/sign-in\?error=SSO_NOT_PROVISIONED/);
    await expect(page.locator("form [role=alert]")).toContainText("no access to Meridian");
    expect(await sessionEmail(page)).toBeUndefined();
  });
});
