// Issue 5 journey: the German marketer adapts and submits, the approver requests changes, the
// marketer fixes and resubmits, the approver completes the cultural review and approves; France
// cannot open the German variant; the history shows every step.
import { expect, test, type Page } from "@playwright/test";
import { pageAs as as, publishCampaign } from "./helpers";

function block(page: Page, key: string) {
  return page.locator("article").filter({ has: page.getByRole("heading", { level: 3, name: key, exact: true }) });
}

async function saved(page: Page) {
  await expect(page.getByText(/All changes saved|^Saved$/).first()).toBeVisible({ timeout: 15_000 });
}

test("adapt, review, request changes, resubmit, approve", async ({ browser, request }) => {
  test.setTimeout(180_000);
  const { variants } = await publishCampaign(request, {
    name: `Konto launch ${Date.now()}`,
    markets: ["DE", "FR"],
    blocks: [
      { key: "headline", type: "headline", policy: "adapt", source: "Your new account, no monthly fee", maxLength: 60 },
      { key: "body", type: "body", policy: "translate", source: "Open it in ten minutes.", maxLength: 35 },
      { key: "legal", type: "legal", policy: "optional", source: "Terms apply." },
    ],
  });
  const variantId = variants.DE;
  const url = `/variants/${variantId}`;

  // The German marketer adapts the variant.
  const marketer = await as(browser, "deMarketer");
  await marketer.goto(url);
  const headline = block(marketer, "headline");
  const headlineTarget = headline.getByRole("textbox").first();
  await headlineTarget.fill("Ihr neues ");
  await headline.getByRole("button", { name: /Insert\s+Konto/ }).first().click();
  await expect(headlineTarget).toHaveValue(/Konto/);
  await headlineTarget.fill("Ihr neues Konto, kostenlos");
  await expect(headline.getByText("Error", { exact: true }).first()).toBeVisible();
  await headlineTarget.fill("Ihr neues Konto ohne Grundgebühr");
  await expect(headline.getByText("Error", { exact: true })).toHaveCount(0);

  const body = block(marketer, "body");
  const bodyTarget = body.getByRole("textbox").first();
  await bodyTarget.fill("Eröffnen Sie Ihr Konto in nur zehn Minuten, ganz bequem online.");
  await expect(body.getByText("Error", { exact: true }).first()).toBeVisible();
  await bodyTarget.fill("In zehn Minuten eröffnet.");
  await expect(body.getByText("Error", { exact: true })).toHaveCount(0);

  const legal = block(marketer, "legal");
  await legal.getByPlaceholder("Reason for omitting").fill("No legal line needed for this e-mail in Germany.");
  await legal.getByLabel("Omit this block in this market").check();
  await saved(marketer);
  await marketer.getByRole("button", { name: "Submit for review" }).click();
  await expect(marketer.getByText("State: In review")).toBeVisible();

  // France cannot open the German variant.
  const french = await as(browser, "frMarketer");
  const denied = await french.goto(url);
  expect(denied?.status()).toBe(404);

  // The approver asks for a change.
  const approver = await as(browser, "deApprover");
  await approver.goto(url);
  await approver.getByLabel("Comment (required to request changes)").fill("Please use 'Sie' consistently in the body.");
  await approver.getByRole("button", { name: "Request changes" }).click();
  await expect(approver.getByText("State: Changes requested")).toBeVisible();

  // The marketer fixes and resubmits.
  await marketer.reload();
  await block(marketer, "body").getByRole("textbox").first().fill("In zehn Minuten eröffnen Sie es.");
  await saved(marketer);
  await marketer.getByRole("button", { name: "Submit for review" }).click();
  await expect(marketer.getByText("State: In review")).toBeVisible();

  // The approver completes the cultural review and approves.
  await approver.reload();
  for (const item of ["Imagery", "Gestures and symbols", "Colours", "Holidays and dates", "Humour", "Legal claims", "Local competitors"]) {
    await approver.getByRole("checkbox", { name: item, exact: true }).check();
  }
  await expect(approver.getByText("Complete", { exact: true })).toBeVisible();
  await approver.getByRole("button", { name: /^Approve/ }).click();
  await expect(approver.getByText("State: Approved")).toBeVisible();

  // The history shows every step.
  await approver.goto(`${url}/history`);
  await expect(approver.getByText("State changed")).toHaveCount(4);
  await expect(approver.getByText("Edited").first()).toBeVisible();
  await expect(approver.getByText("Checklist updated").first()).toBeVisible();
});
