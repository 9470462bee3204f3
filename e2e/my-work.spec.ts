// Issue 17 "Work reaches people": the German lead assigns a fresh variant to the translator with a
// due date; the translator signs in, lands on "My work", sees it under "Assigned to me" (with a
// count in the navigation, and no Reviews, Dashboard or Learnings entries) and opens it. HQ then
// reassigns it through the API and both people hear of it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pageAs as as, publishCampaign, tokenFor } from "./helpers";
import { PASSWORD, ROLES } from "./roles";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Tomorrow as the date input wants it (YYYY-MM-DD). */
function tomorrow(): string {
  return new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
}

test("the lead assigns the translator, who lands on My work and opens it; reassigning notifies both", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const name = `Sparkonto ${Date.now()}`;
  const { variants } = await publishCampaign(request, {
    name,
    markets: ["DE"],
    blocks: [{ key: "headline", type: "headline", policy: "adapt", source: "Save more every month", maxLength: 60 }],
  });
  const variantId = variants.DE!;

  // The German lead (the market's lead holds the fresh variant) gives it to the translator.
  const lead = await as(browser, "deMarketer");
  await lead.goto(`/variants/${variantId}`);
  const assignee = lead.getByRole("form", { name: "Assignee" });
  await assignee.getByLabel("Assign to").selectOption({ label: "Tomas Translator · Translator / agency" });
  await assignee.getByLabel("Due date").fill(tomorrow());
  await assignee.getByRole("button", { name: "Save assignment" }).click();
  await expect(assignee.getByRole("status")).toHaveText("Saved.");
  // The page refreshes with the new assignee in its header.
  await expect(lead.getByText("Assigned to Tomas Translator")).toBeVisible();

  // The translator signs in and lands on their own work.
  const context = await browser.newContext();
  const translator = await context.newPage();
  await translator.goto("/sign-in");
  await translator.getByLabel("Email").fill(ROLES.translator);
  await translator.getByLabel("Password").fill(PASSWORD);
  await translator.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(translator).toHaveURL(/\/work$/);
  await expect(translator.getByRole("heading", { level: 1, name: "My work" })).toBeVisible();
  const assigned = translator.getByTestId("work-assigned");
  const link = assigned.getByRole("link", { name: `${name} · Germany` });
  await expect(link).toBeVisible();
  await expect(translator.getByTestId("work-overdue").getByRole("link", { name: `${name} · Germany` })).toBeVisible();
  await expect(translator.getByTestId("work-mentions")).toContainText("Nobody has mentioned you");

  // The navigation offers only what opens for a translator, with a count on My work.
  const nav = translator.getByRole("navigation", { name: "Main navigation" }).first();
  await expect(nav.getByRole("link", { name: /My work/ })).toContainText(/\d/);
  for (const hidden of ["Reviews", "Dashboard", "Learnings"]) await expect(nav.getByRole("link", { name: hidden })).toHaveCount(0);
  expect(await seriousViolations(translator)).toEqual([]);

  await link.click();
  await expect(translator).toHaveURL(new RegExp(`/variants/${variantId}$`));
  await expect(translator.getByRole("heading", { level: 1 })).toContainText(name);

  // HQ takes it back through the API: the variant answers as GET does, without the translator.
  const hq = await tokenFor(request, ROLES.campaigns);
  const res = await request.put(`/api/v1/variants/${variantId}/assignee`, {
    headers: { authorization: `Bearer ${hq}` },
    data: { email: ROLES.deMarketer },
  });
  expect(res.status()).toBe(200);
  expect((await res.json()).assignee.name).toBe("Dana Schmidt");
  const refused = await request.put(`/api/v1/variants/${variantId}/assignee`, {
    headers: { authorization: `Bearer ${hq}` },
    data: { email: ROLES.frMarketer },
  });
  expect(refused.status()).toBe(422);

  // Both people hear of it (the job loop dispatches events within a few seconds).
  await expect(async () => {
    await translator.goto("/notifications");
    await expect(translator.getByText(`Carl Campaigns took the DE variant of ${name} off your work.`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  // The lead already had one "assigned" from the publish; HQ's reassignment adds the second.
  await expect(async () => {
    await lead.goto("/notifications");
    await expect(lead.getByText(`You were assigned the DE variant of ${name}.`)).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  const gone = await translator.goto(`/variants/${variantId}`);
  expect(gone?.status()).toBe(404);

  // The API inbox of the translator no longer lists it.
  const own = await tokenFor(request, ROLES.translator);
  const work = await (await request.get("/api/v1/me/work", { headers: { authorization: `Bearer ${own}` } })).json();
  expect(work.assigned.map((i: { id: string }) => i.id)).not.toContain(variantId);
  await context.close();
});

test("a viewer lands on My work with sentences, not blanks, and sees no Reviews entry", async ({ browser }) => {
  const viewer = await as(browser, "viewer");
  await viewer.goto("/");
  await expect(viewer).toHaveURL(/\/work$/);
  await expect(viewer.getByTestId("work-overdue")).toContainText("Nothing you answer for");
  await expect(viewer.getByRole("navigation", { name: "Main navigation" }).first().getByRole("link", { name: "Reviews" })).toHaveCount(0);
  expect(await seriousViolations(viewer)).toEqual([]);
});
