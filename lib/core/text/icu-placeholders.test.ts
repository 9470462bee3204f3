import { describe, expect, it } from "vitest";
import { comparePlaceholders, formatSample, validateMessage } from "./icu-placeholders";

describe("validateMessage", () => {
  it("lists placeholders with types and offsets, including nested ones and tags", () => {
    const text = "Hi {name}! {count, plural, one {# item for {day, date, short}} other {# items}} <b>{pct, number, percent}</b> {n, selectordinal, one {#st} other {#th}} {g, select, a {A} other {B}}";
    const res = validateMessage(text);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const summary = res.placeholders.map((p) => `${p.name}:${p.type}`);
    expect(summary).toEqual(["name:simple", "count:plural", "day:date", "b:tag", "pct:number", "n:selectordinal", "g:select"]);
    const name = res.placeholders[0];
    expect(text.slice(name.start, name.end)).toBe("{name}");
  });

  it("reports syntax errors with code, offset, line and column", () => {
    const res = validateMessage("Line one\nHello {name, plural, one {x}");
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe("ICU_SYNTAX");
    expect(res.error.kind).toBe("MISSING_OTHER_CLAUSE");
    expect(res.error.line).toBe(2);
    expect(res.error.offset).toBeGreaterThan(9);
  });

  it("accepts plain marketing copy", () => {
    expect(validateMessage("Don't miss it — 20% off, a < b").ok).toBe(true);
  });
});

describe("comparePlaceholders", () => {
  it("is empty when placeholders match (order and repetition may differ)", () => {
    expect(comparePlaceholders("Hi {name}, you have {n, number}", "{n, number} für {name}, {name}")).toEqual([]);
  });

  it("detects lost, added and renamed placeholders", () => {
    const target = "Hallo {nom}, {extra, number} heute";
    const res = comparePlaceholders("Hi {name}, see {date, date} and {count, number}", target);
    const codes = res.map((f) => `${f.code}:${f.name}`);
    expect(codes).toContain("PLACEHOLDER_RENAMED:nom");
    expect(codes).toContain("PLACEHOLDER_RENAMED:extra");
    expect(codes).toContain("PLACEHOLDER_MISSING:date");
    const renamed = res.find((f) => f.name === "nom")!;
    expect(renamed.from).toBe("name");
    expect(target.slice(renamed.start, renamed.end)).toBe("{nom}");
  });

  it("reports added and type-changed placeholders", () => {
    const res = comparePlaceholders("{n, number} items", "{n} Artikel {x, date}");
    expect(res.map((f) => f.code).sort()).toEqual(["PLACEHOLDER_ADDED", "PLACEHOLDER_TYPE_CHANGED"]);
  });

  it("reports broken target syntax", () => {
    const res = comparePlaceholders("Hi {name}", "Hallo {name");
    expect(res[0].code).toBe("ICU_SYNTAX");
    expect(res[0].severity).toBe("error");
  });
});

describe("formatSample", () => {
  it("renders plural, select, number and date with locale rules", () => {
    const msg = "{count, plural, =0 {Keine Artikel} one {# Artikel} other {# Artikel}} für {price, number} – {g, select, f {sie} other {er}}";
    const res = formatSample(msg, "de-DE", { count: 1234, price: 1299.5, g: "f" });
    expect(res).toEqual({ ok: true, text: "1.234 Artikel für 1.299,5 – sie" });
    expect(formatSample(msg, "de-DE", { count: 0, price: 1, g: "x" })).toEqual({ ok: true, text: "Keine Artikel für 1 – er" });
  });

  it("applies number skeletons and styles", () => {
    const res = formatSample("{p, number, ::currency/EUR} · {r, number, percent}", "de-DE", { p: 1299.5, r: 0.2 });
    expect(res).toEqual({ ok: true, text: "1.299,50\u00a0€ · 20\u00a0%" });
  });

  it("uses the target locale's plural categories", () => {
    const msg = "{n, plural, one {# plik} few {# pliki} many {# plików} other {# pliku}}";
    expect(formatSample(msg, "pl", { n: 3 })).toEqual({ ok: true, text: "3 pliki" });
    expect(formatSample(msg, "pl", { n: 5 })).toEqual({ ok: true, text: "5 plików" });
    expect(formatSample("{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}", "en", { n: 22 })).toEqual({ ok: true, text: "22nd" });
  });

  it("keeps missing values visible and renders tags", () => {
    expect(formatSample("Hi {name}, <b>now</b>", "en", {})).toEqual({ ok: true, text: "Hi {name}, <b>now</b>" });
    expect(formatSample("<b>now</b>", "en", { b: (c: string) => `**${c}**` })).toEqual({ ok: true, text: "**now**" });
  });

  it("returns the syntax error for broken messages", () => {
    const res = formatSample("{oops", "en");
    expect(res.ok).toBe(false);
  });
});
