// Dashboard aggregation on a small factory dataset: cells, overdue, on-time share, median days
// publish → approval, ranking and scoping (a market user sees only their own rows).
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { createFactoryCampaign } from "@/lib/results/testing/factory";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { loadCoverage } from "./load-coverage";

setupTestDatabase({ seeded: true });

const NOW = new Date("2026-10-20T12:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const actors: Record<string, Actor> = {};
const market: Record<string, string> = {};

beforeAll(async () => {
  const db = await getDb();
  for (const m of await db.market.findMany()) market[m.code] = m.id;
  for (const who of ["campaigns", "de.marketer", "translator", "viewer"]) {
    const user = await db.user.findUniqueOrThrow({ where: { email: `${who}@meridian.test` } });
    actors[who] = (await loadActor(user.id))!;
  }
  // Only this file's factory campaigns: drop the demo workspace's campaigns (and their variants).
  await db.campaign.deleteMany({});
  const expiring = await db.asset.create({ data: { title: "Expiring", kind: "image", status: "approved", rightsExpireAt: d("2026-10-15") } });
  // A: published 09-01, due 09-20, ends 10-31. DE approved 09-11 (10 days, on time), FR approved 09-25 (24 days, late), JP overdue.
  await createFactoryCampaign(db, {
    name: "Dash A",
    channels: ["email"],
    publishedAt: d("2026-09-01"),
    dueDate: d("2026-09-20"),
    endDate: d("2026-10-31"),
    blocks: 3,
    variants: [
      { marketId: market.DE!, locale: "de-DE", state: "approved", approvedAt: d("2026-09-11"), assetId: expiring.id },
      { marketId: market.FR!, locale: "fr-FR", state: "approved", approvedAt: d("2026-09-25"), warningCount: 4 },
      { marketId: market.JP!, locale: "ja-JP", state: "in_review", texts: ["x", "", ""], outdated: 1, errorCount: 2 },
    ],
  });
  // B: social, published 10-01, due 11-30. DE approved after 4 days; FR draft (not overdue yet).
  await createFactoryCampaign(db, {
    name: "Dash B",
    channels: ["social"],
    publishedAt: d("2026-10-01"),
    dueDate: d("2026-11-30"),
    variants: [
      { marketId: market.DE!, locale: "de-DE", state: "published", approvedAt: d("2026-10-05") },
      { marketId: market.FR!, locale: "fr-FR", state: "draft" },
    ],
  });
  await createFactoryCampaign(db, { name: "Dash draft", status: "draft", publishedAt: null, variants: [] });
});

describe("coverage dashboard", () => {
  it("builds the matrix cells with blocks done, outdated, findings, asset issues and overdue", async () => {
    const data = await loadCoverage(actors.campaigns!, {}, { now: NOW });
    expect(data.campaigns.map((c) => c.name).sort()).toEqual(["Dash A", "Dash B"]);
    const a = data.campaigns.find((c) => c.name === "Dash A")!;
    const cell = (code: string) => data.cells.find((c) => c.campaignId === a.id && c.marketId === market[code])!;
    expect(cell("DE")).toMatchObject({ blocksDone: 3, blocksTotal: 3, assetIssues: 1, overdue: false });
    expect(cell("JP")).toMatchObject({ blocksDone: 0, blocksTotal: 3, outdatedBlocks: 1, errorCount: 2, overdue: true });
    expect(cell("FR")).toMatchObject({ warningCount: 4, overdue: false, assetIssues: 0 });
  });

  it("computes on-time share, median days publish → approval, overdue and ranks the experience gap", async () => {
    const data = await loadCoverage(actors.campaigns!, {}, { now: NOW });
    const row = (code: string) => data.ranking.find((r) => r.code === code)!;
    expect(row("DE")).toMatchObject({ campaigns: 2, approvedOnTime: 2, onTimeShare: 1, medianDaysToApproval: 7, overdue: 0 });
    expect(row("FR")).toMatchObject({ campaigns: 2, approvedOnTime: 0, onTimeShare: 0, medianDaysToApproval: 24, openWarnings: 4 });
    expect(row("JP")).toMatchObject({ campaigns: 1, approvedOnTime: 0, medianDaysToApproval: null, overdue: 1, openErrors: 2 });
    // Markets without campaigns have no score and come last.
    expect(row("US")).toMatchObject({ campaigns: 0, score: null, rank: null });
    const scored = data.ranking.filter((r) => r.score !== null);
    expect(scored[0]!.code).toBe("JP");
    expect(scored.at(-1)!.code).toBe("DE");
    expect(data.approvalsOverTime.at(-1)!.cumulative).toBe(3);
  });

  it("filters by channel, region and date range", async () => {
    expect((await loadCoverage(actors.campaigns!, { channel: "social" }, { now: NOW })).campaigns.map((c) => c.name)).toEqual(["Dash B"]);
    const europe = await loadCoverage(actors.campaigns!, { region: "Europe" }, { now: NOW });
    expect(europe.markets.map((m) => m.code)).toEqual(["DE", "ES", "FR"]);
    expect(europe.cells.every((c) => c.marketId !== market.JP)).toBe(true);
    const draft = await loadCoverage(actors.campaigns!, { status: "draft" }, { now: NOW });
    expect(draft.campaigns.map((c) => c.name)).toEqual(["Dash draft"]);
  });

  it("scopes rows: a market user sees only their own market; translators are refused", async () => {
    const de = await loadCoverage(actors["de.marketer"]!, {}, { now: NOW });
    expect(de.markets.map((m) => m.code)).toEqual(["DE"]);
    expect(de.ranking.map((r) => r.code)).toEqual(["DE"]);
    expect(new Set(de.cells.map((c) => c.marketId))).toEqual(new Set([market.DE]));
    expect((await loadCoverage(actors.viewer!, {}, { now: NOW })).markets.length).toBeGreaterThanOrEqual(6);
    await expect(loadCoverage(actors.translator!, {}, { now: NOW })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
