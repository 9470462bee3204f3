// Placeholders through the PO route (issue 16): a tool that turns XLIFF into gettext PO and back
// loses inline codes. The refusal says which placeholder, where it stood, and how to restore it;
// a target where the translator typed the ICU placeholder itself is accepted.
import { describe, expect, it } from "vitest";
import { icuToInline } from "./icu-to-inline";
import { inlineToIcu } from "./inline-to-icu";

const SOURCE = "Hello {firstName}, you have {count, plural, one {# item} other {# items}}.";

describe("inlineToIcu with the source as reference", () => {
  const reference = icuToInline(SOURCE);

  it("names the missing placeholder, where it stood and how to restore it", () => {
    const r = inlineToIcu(["Hallo, du hast ", ...reference.filter((p) => typeof p !== "string").slice(1), "."], { reference });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].code).toBe("ICU_MISSING_CODE");
    expect(r.problems[0].message).toContain("Placeholder {firstName}");
    expect(r.problems[0].message).toContain('between "Hello " and ", you have "');
    expect(r.problems[0].message).toContain("or type {firstName} where it belongs");
  });

  it("accepts the ICU placeholder typed in place of the inline code", () => {
    const plural = reference.find((p) => typeof p !== "string" && p.equiv?.startsWith("{count"))!;
    const r = inlineToIcu(["Hallo {firstName}, du hast ", plural, "."], { reference });
    expect(r).toEqual({ ok: true, text: "Hallo {firstName}, du hast {count, plural, one {# item} other {# items}}." });
  });

  it("counts typed placeholders: two codes for one argument need two occurrences", () => {
    const twice = icuToInline("{name} and {name}");
    expect(inlineToIcu(["{name} und {name}"], { reference: twice }).ok).toBe(true);
    expect(inlineToIcu(["{name} und ..."], { reference: twice }).ok).toBe(false);
  });
});
