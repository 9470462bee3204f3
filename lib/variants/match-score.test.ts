import { describe, expect, it } from "vitest";
import { levenshtein, matchScore, rankSuggestions } from "./match-score";

describe("match score", () => {
  it("scores exact (folded) matches 100 and near matches below", () => {
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(matchScore("Save 20% today", "save 20%  TODAY")).toBe(100);
    const near = matchScore("Save 20% today", "Save 30% today");
    expect(near).toBeGreaterThan(85);
    expect(near).toBeLessThan(100);
    expect(matchScore("Save 20% today", "Completely different text here")).toBeLessThan(50);
  });

  it("ranks, drops weak candidates and duplicate renderings", () => {
    const ranked = rankSuggestions("Free shipping on all orders", [
      { sourceText: "Free shipping on orders", targetText: "A" },
      { sourceText: "Free shipping on all orders", targetText: "B" },
      { sourceText: "Free shipping on all orders!", targetText: "B" },
      { sourceText: "Unrelated", targetText: "C" },
    ]);
    expect(ranked.map((r) => r.item.targetText)).toEqual(["B", "A"]);
    expect(ranked[0]!.score).toBe(100);
  });
});
