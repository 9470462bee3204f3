// Issue 7 journey: the German marketer exports XLIFF, a vendor edits it outside Meridian, the
// file comes back in, and the variant shows the vendor's text with the checker's findings.
import { expect, test } from "@playwright/test";
import { pageAs, publishCampaign } from "./helpers";

/** What a vendor's tool does: fill each unit's target, keeping the inline placeholder codes. */
function translate(xliff: string): string {
  const vendor: Array<[RegExp, (source: string) => string]> = [
    [/^Your new account$/, () => "Ihr neues Konto, kostenlos"],
    [/^Hello /, (s) => s.replace("Hello ", "Hallo ").replace(", open it in ten minutes.", ", in zehn Minuten eröffnet.")],
  ];
  return xliff.replace(
    /<source([^>]*)>([\s\S]*?)<\/source>(\s*)(<target[^>]*\/>|<target[^>]*>[\s\S]*?<\/target>)?/g,
    (whole, attrs: string, inner: string, space: string) => {
      const rule = vendor.find(([pattern]) => pattern.test(inner));
      if (!rule) return whole;
      return `<source${attrs}>${inner}</source>${space}<target>${rule[1](inner)}</target>`;
    },
  );
}

test("export XLIFF, translate outside, import back, see the vendor's text with findings", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const { variants } = await publishCampaign(request, {
    name: `Vendor round trip ${Date.now()}`,
    markets: ["DE"],
    blocks: [
      { key: "headline", type: "headline", policy: "adapt", source: "Your new account", maxLength: 60 },
      { key: "body", type: "body", policy: "translate", source: "Hello {firstName}, open it in ten minutes." },
    ],
  });
  const page = await pageAs(browser, "deMarketer");
  await page.goto(`/variants/${variants.DE}`);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export XLIFF" }).click();
  const download = await downloading;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const exported = Buffer.concat(chunks).toString("utf8");
  expect(exported).toContain("Your new account");
  expect(exported).toMatch(/<(ph|x)\b/);

  const translated = translate(exported);
  expect(translated).toContain("Ihr neues Konto, kostenlos");
  await page.locator('input[name="xliff"]').setInputFiles({
    name: "vendor-de.xlf",
    mimeType: "application/xliff+xml",
    buffer: Buffer.from(translated, "utf8"),
  });
  await page.getByRole("button", { name: "Import XLIFF" }).click();
  await expect(page.getByText(/Imported: 2 updated/)).toBeVisible();

  await page.reload();
  const headline = page.locator("article").filter({ has: page.getByRole("heading", { level: 3, name: "headline", exact: true }) });
  await expect(headline.getByRole("textbox").first()).toHaveValue("Ihr neues Konto, kostenlos");
  await expect(headline.getByText("Error", { exact: true }).first()).toBeVisible();
  const body = page.locator("article").filter({ has: page.getByRole("heading", { level: 3, name: "body", exact: true }) });
  await expect(body.getByRole("textbox").first()).toHaveValue("Hallo {firstName}, in zehn Minuten eröffnet.");

  await page.goto(`/variants/${variants.DE}/history`);
  await expect(page.getByText("Edited").first()).toBeVisible();
});
