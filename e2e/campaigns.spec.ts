// Issue 4 journey: HQ builds a two-touchpoint campaign, fixes a forbidden term the checker
// flags, publishes to four markets, edits a block afterwards, and the German variant is outdated.
import { expect, test, type Page } from "@playwright/test";
import { storageState } from "./roles";

test.use({ storageState: storageState("campaigns") });

function touchpoint(page: Page, name: string) {
  return page.locator("div.grid").filter({ has: page.getByRole("heading", { level: 3, name }) });
}

test("create, check, publish, change the source, see the German variant outdated", async ({ page }) => {
  const name = `Winter savings ${Date.now()}`;
  await page.goto("/campaigns/new");
  await page.getByLabel("Campaign name").fill(name);
  await page.getByLabel("Commercial objective").fill("Grow savings deposits by 8% among existing customers this winter.");
  await page.getByLabel("KPI", { exact: true }).fill("Net new savings deposits");
  await page.getByRole("checkbox", { name: "E-mail" }).check();
  await page.getByRole("checkbox", { name: "Social post" }).check();
  for (const market of ["DE · Germany", "FR · France", "JP · Japan", "US · United States"]) {
    await page.getByRole("checkbox", { name: market }).check();
  }
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page).toHaveURL(/\/campaigns\/[^/]+\/edit/);
  const editUrl = page.url();

  for (const [tpName, channel] of [["Winter e-mail", "email"], ["Winter post", "social"]] as const) {
    await page.getByLabel("Touchpoint name").fill(tpName);
    await page.locator("#new-tp-channel").selectOption(channel);
    await page.getByRole("button", { name: "Add touchpoint" }).click();
    await expect(page.getByRole("heading", { level: 3, name: tpName })).toBeVisible();
  }

  // E-mail headline: the checker flags the forbidden term while typing.
  const email = touchpoint(page, "Winter e-mail");
  await email.locator("select[name=type]").selectOption("headline");
  await email.getByRole("button", { name: "Add block" }).click();
  const headline = email.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "headline" }) });
  const source = headline.getByLabel("Source text");
  await source.fill("Enjoy guaranteed returns this winter");
  await expect(headline.locator("[data-code=TERM_FORBIDDEN]")).toContainText("Forbidden term");
  await source.fill("Enjoy better savings this winter");
  await expect(headline.locator("[data-code=TERM_FORBIDDEN]")).toHaveCount(0);
  await headline.getByRole("button", { name: "Save block" }).click();
  await expect(headline.getByText("Unsaved")).toHaveCount(0);

  const post = touchpoint(page, "Winter post");
  await post.locator("select[name=type]").selectOption("body");
  await post.getByRole("button", { name: "Add block" }).click();
  const body = post.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "body" }) });
  await body.getByLabel("Source text").fill("Save more this winter, {firstName}.");
  await body.getByRole("button", { name: "Save block" }).click();
  await expect(body.getByText("Unsaved")).toHaveCount(0);

  // Publish to the four markets.
  await page.goto(editUrl.replace(/\/edit$/, ""));
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  const variants = page.getByRole("table").filter({ hasText: "Locale" });
  for (const code of ["DE", "FR", "JP", "US"]) {
    await expect(variants.getByRole("row").filter({ hasText: code }).first()).toBeVisible();
  }

  // HQ changes the published headline: the German variant's block becomes outdated.
  await page.goto(editUrl);
  const published = touchpoint(page, "Winter e-mail").getByRole("listitem").filter({ has: page.getByRole("heading", { name: "headline" }) });
  await published.getByLabel("Source text").fill("Enjoy smarter savings this winter");
  await published.getByRole("button", { name: "Save block" }).click();
  await expect(published.getByText("Unsaved")).toHaveCount(0);
  await page.goto(editUrl.replace(/\/edit$/, ""));
  const germany = page.getByRole("row").filter({ hasText: "de-DE" });
  await expect(germany).toContainText("1 outdated");
  await germany.getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(/\/variants\//);
  await expect(page.getByText(/smarter/).first()).toBeVisible();
});
