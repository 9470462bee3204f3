/**
 * Protected spans for machine translation. A campaign message (ICU MessageFormat) is cut into
 * the leaf texts an engine may translate; everything else (placeholders, tags, plural/select
 * structure, do-not-translate terms, approved term renderings) stays out of the engine's reach:
 * - plural/select structures are kept verbatim and only their case texts are sent, one leaf each;
 * - inside a leaf, placeholders, tag delimiters, `#` and protected terms become `{0}`, `{1}`, …
 *   tokens (the form Apertium was verified to leave intact; unknown words like `{firstName}` get
 *   marked or altered, and numbered braces in a masked leaf cannot clash: every real brace is
 *   masked first);
 * - restoring puts the original spans (or the approved rendering) back and refuses a leaf whose
 *   translation lost, duplicated or invented a token, or a message whose placeholders no longer
 *   match the source. A refused message is never half-used: the caller leaves the block empty.
 */
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { comparePlaceholders, parseMessage } from "../text/icu-placeholders";

export interface ProtectedTerm {
  /** The source-language term as it appears in the source text (matched whole-word, case-insensitive). */
  term: string;
  /** What the translation must say: the term itself for do-not-translate, else the approved rendering. */
  rendering: string;
}

export interface MaskedLeaf {
  /** The text to send: the leaf with every protected span replaced by `{n}`. */
  masked: string;
  /** What token n stands for in the translation. */
  restore: string[];
  /** Leading and trailing whitespace of the leaf, which engines trim or change. */
  lead: string;
  trail: string;
  /** False when the leaf has no words to translate (only tokens, digits, punctuation). */
  translatable: boolean;
}

export interface MaskPlan {
  /** The message as verbatim pieces of the source and leaf references, in order. */
  skeleton: Array<string | { leaf: number }>;
  leaves: MaskedLeaf[];
  source: string;
}

export type MaskRefusal = "ICU_SYNTAX" | "NESTED_STRUCTURE";
export type RestoreRefusal = "TOKEN_LOST" | "TOKEN_ALTERED" | "LEAF_COUNT" | "PLACEHOLDERS_CHANGED";

export type MaskResult = { ok: true; plan: MaskPlan } | { ok: false; reason: MaskRefusal };
export type RestoreResult = { ok: true; text: string } | { ok: false; reason: RestoreRefusal; leaf?: number };

const TOKEN = /\{(\d+)\}/g;

type Span = { text: string } | { restore: string };

class Refusal extends Error {
  constructor(readonly reason: MaskRefusal) {
    super(reason);
  }
}

const startOf = (el: MessageFormatElement): number => el.location!.start.offset;
const endOf = (el: MessageFormatElement): number => el.location!.end.offset;
const isStructure = (el: MessageFormatElement): boolean => el.type === TYPE.plural || el.type === TYPE.select;

/** The spans of a run of inline elements: literal text, and protected pieces taken verbatim. */
function inlineSpans(source: string, elements: MessageFormatElement[], out: Span[]): void {
  for (const el of elements) {
    if (isStructure(el)) throw new Refusal("NESTED_STRUCTURE");
    if (el.type === TYPE.literal) {
      out.push({ text: el.value });
    } else if (el.type === TYPE.tag && el.children.length > 0) {
      out.push({ restore: source.slice(startOf(el), startOf(el.children[0]!)) });
      inlineSpans(source, el.children, out);
      out.push({ restore: source.slice(endOf(el.children[el.children.length - 1]!), endOf(el)) });
    } else {
      out.push({ restore: source.slice(startOf(el), endOf(el)) });
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regular expression for all terms, longest first, whole words only (Unicode letters and digits). */
function termPattern(terms: readonly ProtectedTerm[]): RegExp | null {
  const usable = terms.filter((t) => t.term.trim().length > 0);
  if (usable.length === 0) return null;
  const alternatives = [...new Set(usable.map((t) => t.term.trim()))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}

function maskLeaf(spans: Span[], terms: readonly ProtectedTerm[], pattern: RegExp | null): MaskedLeaf {
  const restore: string[] = [];
  const byTerm = new Map(terms.map((t) => [t.term.trim().toLocaleLowerCase(), t.rendering]));
  const token = (value: string) => `{${restore.push(value) - 1}}`;
  let masked = "";
  for (const span of spans) {
    if ("restore" in span) {
      masked += token(span.restore);
      continue;
    }
    masked += pattern ? span.text.replace(pattern, (match) => token(byTerm.get(match.toLocaleLowerCase()) ?? match)) : span.text;
  }
  const lead = /^\s*/u.exec(masked)![0];
  const body = masked.slice(lead.length);
  const trail = /\s*$/u.exec(body)![0];
  const core = body.slice(0, body.length - trail.length);
  return { masked: core, restore, lead, trail, translatable: /\p{L}/u.test(core.replace(TOKEN, "")) };
}

/** Masks a message for translation, or says why it cannot be sent safely. */
export function maskMessage(source: string, terms: readonly ProtectedTerm[] = []): MaskResult {
  const parsed = parseMessage(source);
  if (!parsed.ok) return { ok: false, reason: "ICU_SYNTAX" };
  const pattern = termPattern(terms);
  const skeleton: MaskPlan["skeleton"] = [];
  const leaves: MaskedLeaf[] = [];

  const walk = (elements: MessageFormatElement[]): void => {
    let run: MessageFormatElement[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const spans: Span[] = [];
      inlineSpans(source, run, spans);
      skeleton.push({ leaf: leaves.push(maskLeaf(spans, terms, pattern)) - 1 });
      run = [];
    };
    for (const el of elements) {
      if (!isStructure(el)) {
        run.push(el);
        continue;
      }
      flush();
      if (el.type !== TYPE.plural && el.type !== TYPE.select) continue;
      // The structure stays verbatim; only each case's text (between its braces) is a leaf.
      let at = startOf(el);
      for (const option of Object.values(el.options)) {
        const open = option.location!.start.offset + 1;
        skeleton.push(source.slice(at, open));
        walk(option.value);
        at = option.location!.end.offset - 1;
      }
      skeleton.push(source.slice(at, endOf(el)));
    }
    flush();
  };

  try {
    walk(parsed.ast);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    throw error;
  }
  return { ok: true, plan: { skeleton, leaves, source } };
}

/** The leaves an engine must translate, in order (untranslatable ones are kept as they are). */
export function leavesToTranslate(plan: MaskPlan): Array<{ index: number; text: string }> {
  return plan.leaves.flatMap((leaf, index) => (leaf.translatable ? [{ index, text: leaf.masked }] : []));
}

function restoreLeaf(leaf: MaskedLeaf, translated: string): string | RestoreRefusal {
  const seen = new Array<number>(leaf.restore.length).fill(0);
  let altered = false;
  // An apostrophe right before a placeholder would start ICU quoting ("l'{name}"): double it.
  const text = translated.trim().replace(/'(?=\{\d+\})/g, "''").replace(TOKEN, (match, n: string) => {
    const index = Number(n);
    if (index >= leaf.restore.length || String(index) !== n) {
      altered = true;
      return match;
    }
    seen[index]! += 1;
    return leaf.restore[index]!;
  });
  if (altered) return "TOKEN_ALTERED";
  if (seen.some((count) => count === 0)) return "TOKEN_LOST";
  if (seen.some((count) => count > 1)) return "TOKEN_ALTERED";
  // Any brace left outside a token is the engine's invention (or a token it broke apart).
  const withoutTokens = translated.replace(TOKEN, "");
  if (/[{}]/.test(withoutTokens)) return "TOKEN_ALTERED";
  return leaf.lead + text + leaf.trail;
}

/**
 * Puts the translated leaves (one per leaf, in order; untranslatable leaves may be given as
 * their masked text) back into the message and checks it against the source.
 */
export function restoreMessage(plan: MaskPlan, translated: readonly string[]): RestoreResult {
  if (translated.length !== plan.leaves.length) return { ok: false, reason: "LEAF_COUNT" };
  const restored: string[] = [];
  for (const [index, leaf] of plan.leaves.entries()) {
    const result = restoreLeaf(leaf, translated[index]!);
    if (result === "TOKEN_LOST" || result === "TOKEN_ALTERED") return { ok: false, reason: result, leaf: index };
    restored.push(result);
  }
  const text = plan.skeleton.map((piece) => (typeof piece === "string" ? piece : restored[piece.leaf]!)).join("");
  if (comparePlaceholders(plan.source, text).length > 0) return { ok: false, reason: "PLACEHOLDERS_CHANGED" };
  return { ok: true, text };
}

/** restoreMessage for the texts of leavesToTranslate: leaves not sent keep their masked text. */
export function restoreTranslatedLeaves(plan: MaskPlan, translations: ReadonlyMap<number, string>): RestoreResult {
  return restoreMessage(
    plan,
    plan.leaves.map((leaf, index) => translations.get(index) ?? leaf.masked),
  );
}
