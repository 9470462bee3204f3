// Issue 6 journey: the Japanese marketer uploads results with a holdout and writes a learning;
// HQ sees Japan's lift with its interval and the pooled estimate, and promotes the learning
// into a guideline rule proposal.
import { expect, test } from "@playwright/test";
import { pageAs, publishCampaign } from "./helpers";

test("results with holdouts, lift across markets, learning promoted to a rule proposal", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const name = `Spring switchers ${Date.now()}`;
  const { campaignId, variants } = await publishCampaign(request, {
    name,
    markets: ["JP", "US"],
    blocks: [{ key: "headline", type: "headline", policy: "adapt", source: "Switch in ten minutes" }],
  });

  // Japan uploads its results as CSV (exposed and holdout groups).
  const jp = await pageAs(browser, "jpMarketer");
  await jp.goto(`/variants/${variants.JP}/results`);
  const csv = [
    "metric,kind,period_from,period_to,exposed_users,exposed_conversions,holdout_users,holdout_conversions",
    "first purchase,rate,2026-10-01,2026-10-31,20000,1300,20000,1100",
  ].join("\n");
  await jp.locator("#r-csv").setInputFiles({ name: "jp-results.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await jp.getByRole("button", { name: "Upload" }).click();
  await expect(jp.getByText("Results imported: 1.")).toBeVisible();
  await jp.reload();
  await expect(jp.getByText("Positive lift").first()).toBeVisible();

  // The same upload with a broken row is refused as a whole, pointing at the line.
  const broken = `${csv}\nsecond purchase,rate,2026-10-01,2026-10-31,100,150,100,20`;
  await jp.locator("#r-csv").setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await jp.getByRole("button", { name: "Upload" }).click();
  const problems = jp.getByRole("table").filter({ has: jp.getByText(/Problems found: 1/) });
  await expect(problems).toBeVisible();
  await expect(problems.getByRole("cell", { name: "3", exact: true })).toBeVisible();

  // Japan writes a learning.
  await jp.goto("/learnings");
  const title = `Formal tone beat playful tone in Japan ${Date.now()}`;
  await jp.getByRole("textbox", { name: "What did you learn?" }).fill(title);
  await jp.getByRole("textbox", { name: "Details" }).fill("Honorific, formal copy converted better than the playful HQ tone; 'easy' read as careless.");
  await jp.getByRole("textbox", { name: "Tags" }).fill("tone, formality");
  await jp.getByRole("button", { name: "Share" }).click();
  await expect(jp.getByText("Learning shared.")).toBeVisible();

  // HQ records the US result too, then sees Japan's lift with its interval and the pooled estimate.
  const hq = await pageAs(browser, "campaigns");
  await hq.goto(`/variants/${variants.US}/results`);
  const us = csv.replace("20000,1300,20000,1100", "15000,700,15000,690");
  await hq.locator("#r-csv").setInputFiles({ name: "us.csv", mimeType: "text/csv", buffer: Buffer.from(us) });
  await hq.getByRole("button", { name: "Upload" }).click();
  await expect(hq.getByText("Results imported: 1.")).toBeVisible();
  await hq.goto("/dashboard");
  await expect(hq.getByRole("link", { name: new RegExp(name, "i") }).first()).toBeVisible();
  await hq.goto(`/campaigns/${campaignId}/results`);
  const forest = hq.getByRole("img", { name: /Forest plot/ }).first();
  await expect(forest).toBeVisible();
  await expect(hq.getByText(/JP/).first()).toBeVisible();
  await expect(hq.getByText("Pooled").first()).toBeVisible();
  await expect(hq.getByText(/Pooled over the markets with a holdout \(2\)/)).toBeVisible();

  // HQ promotes Japan's learning into a guideline rule proposal.
  const brand = await pageAs(browser, "brand");
  await brand.goto("/learnings");
  const learning = brand.locator("article").filter({ hasText: title });
  await learning.getByText("Promote this learning").click();
  await learning.getByLabel("Turn it into").selectOption("guideline_rule");
  await learning.getByLabel("Phrase or rule").fill("easy peasy");
  await learning.getByRole("button", { name: "Promote" }).click();
  await expect(learning.getByText("Promoted. It is linked back from this learning.")).toBeVisible();
  await brand.reload();
  await expect(brand.locator("article").filter({ hasText: title }).getByText("Proposed as a guideline rule")).toBeVisible();
  await brand.goto("/guidelines");
  await expect(brand.getByText("easy peasy").first()).toBeVisible();
});
