import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, ROLES, storageState } from "./roles";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("signed out", () => {
  test("is sent to sign-in, and a wrong password is refused", async ({ page }) => {
    await page.goto("/campaigns");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill("viewer@meridian.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("form [role=alert]")).toContainText("not correct");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("admin", () => {
  test.use({ storageState: storageState("admin") });

  test("sees administration, every market, and the audit log", async ({ page }) => {
    await page.goto("/markets");
    for (const code of ["US", "DE", "FR", "JP", "BR", "SA"]) {
      await expect(page.getByTestId(`market-row-${code}`)).toBeVisible();
    }
    await expect(page.getByRole("link", { name: "Users" })).toBeVisible();
    await page.goto("/admin/users");
    await expect(page.getByTestId("user-row-de.marketer@meridian.test")).toBeVisible();
    await page.goto("/admin/audit");
    await expect(page.getByText("auth.sign_in").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("German marketer", () => {
  test.use({ storageState: storageState("deMarketer") });

  test("sees only Germany and no administration", async ({ page }) => {
    await page.goto("/markets");
    await expect(page.getByTestId("market-row-DE")).toBeVisible();
    await expect(page.getByTestId("market-row-FR")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(404);
    const audit = await page.goto("/admin/audit");
    expect(audit?.status()).toBe(404);
  });
});

test.describe("viewer", () => {
  test("switches the UI to Arabic (right-to-left) and back, then signs out", async ({ page }) => {
    // A session of its own: signing out revokes it on the server, and the saved viewer session
    // (storage state) is still used by later specs.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(ROLES.viewer);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/work$/);
    await page.goto("/settings");
    await page.getByRole("button", { name: "Open user menu" }).or(page.getByLabel("Open user menu")).first().click();
    await page.getByTestId("language-select").selectOption("ar");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("الإعدادات");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("فتح قائمة المستخدم").first().click();
    await page.getByTestId("language-select").selectOption("ja");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("設定");
    await page.getByLabel("ユーザーメニューを開く").first().click();
    await page.getByTestId("language-select").selectOption("en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await page.getByLabel("Open user menu").first().click();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("tokens", () => {
  test.use({ storageState: storageState("frMarketer") });

  test("creates a token in Settings and uses it on the API", async ({ page, request }) => {
    await page.goto("/settings");
    await page.getByLabel("Name").fill("ci read-only");
    await page.getByLabel("Read-only").check();
    await page.getByLabel("Your password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    const me = await request.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect((await me.json())).toMatchObject({ email: "fr.marketer@meridian.test", readOnly: true });
  });
});
