import { describe, expect, it } from "vitest";
import { foldText, normalizeText, toOriginalRange } from "./normalize-text";

describe("normalizeText", () => {
  it("folds case and strips accents", () => {
    expect(normalizeText("Café CRÈME").text).toBe("cafe creme");
    expect(normalizeText("Café", { keepCase: true }).text).toBe("Cafe");
  });

  it("uses locale-aware lowercasing", () => {
    expect(foldText("İSTANBUL IŞIK", { locale: "tr" })).toBe("istanbul ışık".replace("ş", "s"));
    expect(foldText("ISTANBUL", { locale: "en" })).toBe("istanbul");
  });

  it("keeps kana voicing marks, Thai vowels and Hangul distinct", () => {
    expect(foldText("ガ")).not.toBe(foldText("カ"));
    expect(foldText("ｶﾞ")).toBe(foldText("ガ"));
    expect(foldText("ดี")).not.toBe(foldText("ด"));
    expect(foldText("한국")).not.toBe("");
  });

  it("strips Arabic harakat and tatweel", () => {
    expect(foldText("حِسَاب")).toBe("حساب");
    expect(foldText("حســاب")).toBe("حساب");
  });

  it("maps normalized offsets back to the original", () => {
    const original = "  Ｃａｆé\u00a0\u00a0ﬁne 😀 Straße";
    const n = normalizeText(original);
    expect(n.text).toBe(" cafe fine 😀 strasse");
    const at = n.text.indexOf("fine");
    const r = toOriginalRange(n, at, at + 4);
    expect(original.slice(r.start, r.end)).toBe("ﬁne");
    const cafe = toOriginalRange(n, 1, 5);
    expect(original.slice(cafe.start, cafe.end)).toBe("Ｃａｆé");
    const ss = n.text.indexOf("strasse");
    const s2 = toOriginalRange(n, ss, ss + 7);
    expect(original.slice(s2.start, s2.end)).toBe("Straße");
    expect(n.normAt[original.indexOf("😀")]).toBe(n.text.indexOf("😀"));
  });

  it("folds typographic apostrophes", () => {
    expect(foldText("Don’t")).toBe("don't");
  });
});
