// Shared e2e helpers: API tokens, a freshly published campaign, a page per role.
import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { PASSWORD, storageState, type RoleName } from "./roles";

export async function tokenFor(request: APIRequestContext, email: string): Promise<string> {
  const res = await request.post("/api/v1/auth/token", { data: { email, password: PASSWORD } });
  expect(res.status()).toBe(201);
  return (await res.json()).token;
}

export interface BlockDefinition {
  key: string;
  type: string;
  policy: "locked" | "translate" | "adapt" | "optional";
  source: string;
  maxLength?: number;
}

/** Creates and publishes a campaign through the API as HQ; returns variant ids by market code. */
export async function publishCampaign(
  request: APIRequestContext,
  options: { name: string; markets: string[]; blocks: BlockDefinition[] },
): Promise<{ campaignId: string; variants: Record<string, string> }> {
  const token = await tokenFor(request, "campaigns@meridian.test");
  const headers = { authorization: `Bearer ${token}` };
  const created = await request.post("/api/v1/campaigns", {
    headers,
    data: {
      name: options.name,
      objective: "Open 5,000 new accounts in the target markets this quarter.",
      kpi: "Accounts opened",
      markets: options.markets,
      touchpoints: [{ channel: "email", name: "Launch e-mail", blocks: options.blocks }],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect((await request.post(`/api/v1/campaigns/${id}/publish`, { headers })).status()).toBe(200);
  const campaign = await (await request.get(`/api/v1/campaigns/${id}`, { headers })).json();
  const variants = Object.fromEntries(campaign.variants.map((v: { market: string; id: string }) => [v.market, v.id]));
  return { campaignId: id, variants };
}

export async function pageAs(browser: Browser, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageState(role) });
  return context.newPage();
}
