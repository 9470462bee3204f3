import { describe, expect, it } from "vitest";
import { assetFlags } from "./asset-flags";

const at = new Date("2026-01-01T00:00:00Z");
const base = { status: "approved", rightsExpireAt: null, allowedMarketIds: [] as string[] };

describe("assetFlags", () => {
  it("is empty for an approved asset without limits", () => {
    expect(assetFlags(base, { marketId: "m1", at })).toEqual([]);
  });
  it("flags expired, expiring soon and retired", () => {
    expect(assetFlags({ ...base, rightsExpireAt: new Date("2025-12-31T23:59:59Z") }, { at })).toEqual(["expired"]);
    expect(assetFlags({ ...base, rightsExpireAt: at }, { at })).toEqual(["expired"]);
    expect(assetFlags({ ...base, rightsExpireAt: "2026-01-20T00:00:00Z" }, { at })).toEqual(["expires_soon"]);
    expect(assetFlags({ ...base, rightsExpireAt: "2026-03-01T00:00:00Z" }, { at })).toEqual([]);
    expect(assetFlags({ ...base, status: "retired" }, { at })).toEqual(["retired"]);
  });
  it("flags markets outside the usage rights and another market's alternate", () => {
    expect(assetFlags({ ...base, allowedMarketIds: ["m1"] }, { marketId: "m2", at })).toEqual(["not_allowed_in_market"]);
    expect(assetFlags({ ...base, allowedMarketIds: ["m1"] }, { marketId: "m1", at })).toEqual([]);
    expect(assetFlags({ ...base, marketId: "m1" }, { marketId: "m2", at })).toEqual(["not_allowed_in_market"]);
    expect(assetFlags({ ...base, allowedMarketIds: ["m1"] }, { at })).toEqual([]);
  });
});
