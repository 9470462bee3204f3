import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff";

const rebuild = (parts: ReturnType<typeof wordDiff>, side: "before" | "after") =>
  parts.filter((p) => p.op === "equal" || p.op === (side === "before" ? "delete" : "insert")).map((p) => p.text).join("");

describe("wordDiff", () => {
  it("diffs whole words", () => {
    const parts = wordDiff("Save 20% on all shoes today", "Save 30% on all boots today");
    expect(parts.filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "20" },
      { op: "insert", text: "30" },
      { op: "delete", text: "shoes" },
      { op: "insert", text: "boots" },
    ]);
    expect(rebuild(parts, "before")).toBe("Save 20% on all shoes today");
    expect(rebuild(parts, "after")).toBe("Save 30% on all boots today");
  });

  it("falls back to characters for Japanese", () => {
    const before = "新しいアカウントを作成";
    const after = "新しいアカウントを削除";
    const parts = wordDiff(before, after);
    expect(parts).toEqual([
      { op: "equal", text: "新しいアカウントを" },
      { op: "delete", text: "作成" },
      { op: "insert", text: "削除" },
    ]);
  });

  it("handles empty and identical inputs", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("same", "same")).toEqual([{ op: "equal", text: "same" }]);
    expect(wordDiff("", "new")).toEqual([{ op: "insert", text: "new" }]);
  });

  it("keeps Arabic text intact", () => {
    const parts = wordDiff("قم بإنشاء حساب جديد", "قم بإنشاء حساب مجاني");
    expect(rebuild(parts, "after")).toBe("قم بإنشاء حساب مجاني");
    expect(parts.some((p) => p.op === "equal" && p.text.includes("حساب"))).toBe(true);
  });
});
