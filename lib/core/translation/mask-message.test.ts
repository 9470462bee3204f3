import { describe, expect, it } from "vitest";
import { leavesToTranslate, maskMessage, restoreMessage, restoreTranslatedLeaves, type MaskPlan } from "./mask-message";

function plan(source: string, terms: Parameters<typeof maskMessage>[1] = []): MaskPlan {
  const result = maskMessage(source, terms);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.plan;
}

/** A fake engine: translates leaf texts through a word table, leaving everything else. */
function translateWith(p: MaskPlan, table: Record<string, string>) {
  return restoreTranslatedLeaves(p, new Map(leavesToTranslate(p).map(({ index, text }) => [index, table[text] ?? `??${text}`])));
}

describe("maskMessage", () => {
  it("replaces simple, number and date placeholders with numbered tokens", () => {
    const p = plan("Hello {firstName}, {count, number} new offers since {day, date, short}");
    expect(leavesToTranslate(p)).toEqual([{ index: 0, text: "Hello {0}, {1} new offers since {2}" }]);
    expect(p.leaves[0]!.restore).toEqual(["{firstName}", "{count, number}", "{day, date, short}"]);
  });

  it("restores the original placeholders in the engine's word order", () => {
    const p = plan("You have {count} messages from {sender}.");
    const result = translateWith(p, { "You have {0} messages from {1}.": "{1} te ha enviado {0} mensajes." });
    expect(result).toEqual({ ok: true, text: "{sender} te ha enviado {count} mensajes." });
  });

  it("sends only the case texts of a plural, keeping its structure and # verbatim", () => {
    const p = plan("You have {count, plural, one {# new message} other {# new messages}} today");
    expect(leavesToTranslate(p).map((l) => l.text)).toEqual(["You have", "{0} new message", "{0} new messages", "today"]);
    const result = translateWith(p, {
      "You have": "Tienes",
      "{0} new message": "{0} mensaje nuevo",
      "{0} new messages": "{0} mensajes nuevos",
      today: "hoy",
    });
    expect(result).toEqual({ ok: true, text: "Tienes {count, plural, one {# mensaje nuevo} other {# mensajes nuevos}} hoy" });
  });

  it("handles select with nested placeholders and keeps the case keys untranslated", () => {
    const p = plan("{gender, select, female {She saved {amount}} male {He saved {amount}} other {They saved {amount}}}");
    const result = translateWith(p, { "She saved {0}": "Ella ahorró {0}", "He saved {0}": "Él ahorró {0}", "They saved {0}": "Ahorraron {0}" });
    expect(result).toEqual({ ok: true, text: "{gender, select, female {Ella ahorró {amount}} male {Él ahorró {amount}} other {Ahorraron {amount}}}" });
  });

  it("masks tag delimiters but sends the tag's text", () => {
    const p = plan("Open <b>your account</b> today");
    expect(leavesToTranslate(p)[0]!.text).toBe("Open {0}your account{1} today");
    expect(translateWith(p, { "Open {0}your account{1} today": "Abre {0}tu cuenta{1} hoy" })).toEqual({ ok: true, text: "Abre <b>tu cuenta</b> hoy" });
  });

  it("refuses a plural inside a tag rather than guess its structure", () => {
    expect(maskMessage("<b>{n, plural, one {# item} other {# items}}</b>")).toEqual({ ok: false, reason: "NESTED_STRUCTURE" });
  });

  it("refuses a source that is not valid ICU", () => {
    expect(maskMessage("Hello {name")).toEqual({ ok: false, reason: "ICU_SYNTAX" });
  });

  it("masks do-not-translate terms and approved renderings, whole words, case-insensitive, longest first", () => {
    const p = plan("Try Meridian Pro and your meridian account, not Meridians", [
      { term: "Meridian", rendering: "Meridian" },
      { term: "Meridian Pro", rendering: "Meridian Pro" },
      { term: "account", rendering: "cuenta Meridian" },
    ]);
    expect(leavesToTranslate(p)[0]!.text).toBe("Try {0} and your {1} {2}, not Meridians");
    expect(p.leaves[0]!.restore).toEqual(["Meridian Pro", "Meridian", "cuenta Meridian"]);
    const result = translateWith(p, { "Try {0} and your {1} {2}, not Meridians": "Prueba {0} y tu {2} {1}, no Meridianos" });
    expect(result).toEqual({ ok: true, text: "Prueba Meridian Pro y tu cuenta Meridian Meridian, no Meridianos" });
  });

  it("keeps right-to-left text, its placeholders and its surrounding whitespace", () => {
    const p = plan("  مرحبا {name}، لديك {count, plural, one {رسالة واحدة} other {# رسائل}}  ");
    expect(leavesToTranslate(p).map((l) => l.text)).toEqual(["مرحبا {0}، لديك", "رسالة واحدة", "{0} رسائل"]);
    const result = translateWith(p, { "مرحبا {0}، لديك": "שלום {0}, יש לך", "رسالة واحدة": "הודעה אחת", "{0} رسائل": "{0} הודעות" });
    expect(result).toEqual({ ok: true, text: "  שלום {name}, יש לך {count, plural, one {הודעה אחת} other {# הודעות}}  " });
  });

  it("does not send leaves without words", () => {
    const p = plan("{price} – {discount, number, percent}");
    expect(leavesToTranslate(p)).toEqual([]);
    expect(restoreTranslatedLeaves(p, new Map())).toEqual({ ok: true, text: "{price} – {discount, number, percent}" });
  });

  it("doubles an apostrophe the engine put before a placeholder, which ICU would read as quoting", () => {
    const p = plan("The {product} offer");
    expect(translateWith(p, { "The {0} offer": "L'{0} offre" })).toEqual({ ok: true, text: "L''{product} offre" });
  });
});

describe("restoreMessage refusals", () => {
  const p = plan("Hello {firstName}, your {count, number} points expire");

  it("refuses a translation that lost a token", () => {
    expect(restoreMessage(p, ["Hola, tus {1} puntos caducan"])).toEqual({ ok: false, reason: "TOKEN_LOST", leaf: 0 });
  });

  it("refuses a token the engine altered or invented", () => {
    expect(restoreMessage(p, ["Hola {*0}, tus {1} puntos caducan"])).toMatchObject({ ok: false, reason: "TOKEN_LOST" });
    expect(restoreMessage(p, ["Hola {0}, tus {1} puntos {2} caducan"])).toMatchObject({ ok: false, reason: "TOKEN_ALTERED" });
    expect(restoreMessage(p, ["Hola {0}, tus {1} puntos {caducan}"])).toMatchObject({ ok: false, reason: "TOKEN_ALTERED" });
    expect(restoreMessage(p, ["Hola {0} {0}, tus {1} puntos"])).toMatchObject({ ok: false, reason: "TOKEN_ALTERED" });
  });

  it("refuses a wrong number of leaves", () => {
    expect(restoreMessage(p, [])).toEqual({ ok: false, reason: "LEAF_COUNT" });
  });

  it("accepts an exact round trip", () => {
    expect(restoreMessage(p, ["Hola {0}, tus {1} puntos caducan"])).toEqual({ ok: true, text: "Hola {firstName}, tus {count, number} puntos caducan" });
  });
});
