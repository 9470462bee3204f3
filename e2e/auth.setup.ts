import { expect, test as setup } from "@playwright/test";
import { PASSWORD, ROLES, storageState, type RoleName } from "./roles";

for (const [role, email] of Object.entries(ROLES) as [RoleName, string][]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/work$/);
    await page.context().storageState({ path: storageState(role) });
  });
}
