// Issue 3 journey: HQ imports a TBX, a German marketer looks a term up and proposes a German
// rendering, HQ accepts it, HQ adds a forbidden-phrase rule and the checker flags it.
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageState, type RoleName } from "./roles";

const TBX = path.resolve(process.cwd(), "../shared/fixtures/tbx/tbx-basic-astronomy-dca.tbx");

async function as(browser: Browser, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState(role) });
  return context.newPage();
}

test("import, look up, propose, accept, rule, check", async ({ browser }) => {
  test.setTimeout(180_000);
  // HQ imports a real TBX-Basic file.
  const brand = await as(browser, "brand");
  await brand.goto("/termbase/import");
  await brand.locator("#termbase-file").setInputFiles(TBX);
  await brand.getByTestId("termbase-import-form").getByRole("button", { name: "Import", exact: true }).click();
  await expect(brand.getByTestId("import-report")).toBeVisible();
  // Every concept of the file is accounted for: created, updated, or (on a retry, the file already in) unchanged.
  const counted = await Promise.all(["import-created", "import-updated", "import-skipped"].map(async (id) => Number(await brand.getByTestId(id).textContent())));
  expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

  // A German marketer looks "black hole" up from the top bar (keyboard shortcut) and proposes a rendering.
  const marketer = await as(browser, "deMarketer");
  await marketer.goto("/campaigns");
  const search = marketer.getByRole("combobox", { name: "Search terms" });
  // The shortcut works once the page is hydrated; press until it has (a busy machine hydrates late).
  await expect(async () => {
    await marketer.keyboard.press("/");
    await expect(search).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await search.fill("black ho");
  const hit = marketer.getByRole("option").filter({ hasText: "black hole" }).first();
  await expect(hit).toBeVisible();
  await expect(hit).toContainText("agujero negro");
  await hit.getByRole("link").click();
  await expect(marketer).toHaveURL(/\/termbase\/[^/]+$/);
  const form = marketer.getByTestId("propose-term-form");
  await form.getByLabel("Term", { exact: true }).fill("Schwarzes Loch");
  await form.locator("#propose-locale").selectOption("de-DE");
  await form.getByRole("button", { name: "Propose term" }).click();
  await expect(marketer.getByText("Proposal sent to HQ.")).toBeVisible();

  // HQ accepts it; the concept now has the German rendering.
  await brand.goto("/termbase/proposals");
  const proposal = brand.getByRole("listitem").filter({ hasText: "Schwarzes Loch" }).first();
  await expect(proposal).toBeVisible();
  await proposal.locator("[data-testid^=accept-]").click();
  await marketer.reload();
  await expect(marketer.getByText("Schwarzes Loch").first()).toBeVisible();

  // HQ adds a forbidden phrase rule and the checker flags it.
  await brand.goto("/guidelines");
  await brand.getByText("Add a rule").click();
  const ruleForm = brand.locator("form").filter({ has: brand.getByRole("button", { name: "Save rule" }) }).last();
  await ruleForm.getByLabel("Kind").selectOption("forbidden_phrase");
  await ruleForm.getByLabel("Phrase").fill("once in a lifetime");
  await ruleForm.getByRole("button", { name: "Save rule" }).click();
  await expect(brand.getByText("once in a lifetime").first()).toBeVisible();
  await brand.getByLabel("Text", { exact: true }).fill("A once in a lifetime offer for new members.");
  await expect(brand.getByText(/RULE_FORBIDDEN_PHRASE|forbidden/i).first()).toBeVisible();
});
