import { describe, expect, it } from "vitest";
import { matchScore, rankSuggestions } from "./match-score";

describe("matchScore", () => {
  it("is 100 only for texts identical after whitespace normalization", () => {
    expect(matchScore("Save  20% today ", "Save 20%\ttoday")).toBe(100);
    expect(matchScore("Save 20% today", "save 20% today")).toBe(98);
    expect(matchScore("a".repeat(500), "a".repeat(499) + "A")).toBe(99);
  });

  it("decreases with edits and stays within 0–100", () => {
    const one = matchScore("Create your account now", "Create your account today");
    const two = matchScore("Create your account now", "Open a new profile today");
    expect(one).toBeGreaterThan(70);
    expect(two).toBeLessThan(50);
    expect(matchScore("", "x")).toBe(0);
    expect(matchScore("abc", "xyz")).toBe(0);
  });

  it("works for Japanese (character level)", () => {
    expect(matchScore("新しいアカウントを作成", "新しいアカウントを削除")).toBe(82);
  });

  it("handles long texts via word comparison", () => {
    const long = Array.from({ length: 600 }, (_, i) => `word${i}`).join(" ");
    const edited = long.replace("word5 ", "changed ");
    const s = matchScore(long, edited);
    expect(s).toBeGreaterThan(95);
    expect(s).toBeLessThan(100);
  });
});

describe("rankSuggestions", () => {
  it("ranks, filters by minScore and limits", () => {
    const tm = [
      { source: "Open a new profile today", target: "x" },
      { source: "Create your account today", target: "a" },
      { source: "Create your account now", target: "b" },
      { source: "Create an account now", target: "c" },
    ];
    const res = rankSuggestions("Create your account now", tm);
    expect(res.map((r) => r.candidate.target)).toEqual(["b", "a", "c"]) // 100, 84 (4 edits / 25), 83 (4 edits / 23);
    expect(res[0].score).toBe(100);
    expect(rankSuggestions("Create your account now", tm, { limit: 1 })).toHaveLength(1);
    expect(rankSuggestions("Create your account now", tm, { minScore: 95 })).toHaveLength(1);
  });

  it("accepts plain strings", () => {
    expect(rankSuggestions("hello world", ["hello world!", "bye"]).map((r) => r.candidate)).toEqual(["hello world!"]);
  });
});
