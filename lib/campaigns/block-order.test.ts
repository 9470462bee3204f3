import { describe, expect, it } from "vitest";
import { copyKey, insertAfter, moveOneStep, positionUpdates } from "./block-order";
import { briefWarnings } from "./brief-warnings";
import { campaignDefinitionSchema } from "./campaign.schemas";
import { definitionProblems, touchpointRows } from "./campaign-definition";

describe("block order", () => {
  it("moves one step and refuses to move past the ends", () => {
    expect(moveOneStep(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveOneStep(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moveOneStep(["a", "b"], "a", "up")).toBeNull();
    expect(moveOneStep(["a", "b"], "b", "down")).toBeNull();
    expect(moveOneStep(["a"], "x", "up")).toBeNull();
  });
  it("inserts after an id or at the end, and lists only changed positions", () => {
    expect(insertAfter(["a", "b", "c", "n"], "n", "a")).toEqual(["a", "n", "b", "c"]);
    expect(insertAfter(["a", "b"], "n", null)).toEqual(["a", "b", "n"]);
    expect(positionUpdates(["a", "n", "b"], new Map([["a", 0], ["b", 1], ["n", 2]]))).toEqual([
      { id: "n", position: 1 },
      { id: "b", position: 2 },
    ]);
  });
  it("finds a free copy key", () => {
    expect(copyKey("headline", new Set(["headline"]))).toBe("headline-copy");
    expect(copyKey("headline", new Set(["headline", "headline-copy"]))).toBe("headline-copy-2");
    expect(copyKey("headline-copy", new Set(["headline-copy", "headline-copy-2"]))).toBe("headline-copy-3");
  });
});

describe("campaign definitions", () => {
  const def = campaignDefinitionSchema.parse({
    name: "C",
    markets: ["de", "ZZ"],
    touchpoints: [
      {
        channel: "email",
        name: "Mail",
        blocks: [
          { key: "headline", type: "headline", policy: "locked", source: "Assume Nothing", maxLength: 40 },
          { key: "headline", type: "body", source: "{count, plural, one {# item}}" },
          { key: "hero", type: "image", source: "ignored", assetId: "a1" },
        ],
      },
    ],
  });
  it("upper-cases market codes and applies defaults", () => {
    expect(def.markets).toEqual(["DE", "ZZ"]);
    expect(def.touchpoints[0]!.blocks[1]!.policy).toBe("translate");
  });
  it("collects every problem with its path", () => {
    expect(definitionProblems(def, new Set(["DE"])).map((p) => [p.path, p.code])).toEqual([
      ["markets.1", "MARKET_UNKNOWN"],
      ["touchpoints.0.blocks.1.key", "BLOCK_KEY_DUPLICATE"],
      ["touchpoints.0.blocks.1.source", "PLACEHOLDER_INVALID"],
    ]);
  });
  it("maps blocks to rows in order; image blocks keep the asset, not text", () => {
    const [tp] = touchpointRows(def.touchpoints);
    expect(tp!.blocks.map((b) => [b.key, b.position, b.sourceText, b.assetId])).toEqual([
      ["headline", 0, "Assume Nothing", null],
      ["headline", 1, "{count, plural, one {# item}}", null],
      ["hero", 2, "", "a1"],
    ]);
  });
  it("warns about a missing objective and too many segments", () => {
    expect(briefWarnings({ objective: " ", segments: [1, 2, 3, 4, 5] })).toEqual(["OBJECTIVE_MISSING", "TOO_MANY_SEGMENTS"]);
    expect(briefWarnings({ objective: "Grow", segments: [1, 2] })).toEqual([]);
  });
});
