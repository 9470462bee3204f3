// Generated termbases for round-trip property tests: every field Meridian has a column for, and
// the TBX elements it keeps without one (context, admin, transacGrp, xref, ref, term notes, a
// second definition, grammatical gender…), with text that tests escaping (& < > " ', accents,
// right-to-left and CJK scripts, emoji) and paragraphs. Seeded, so a failure can be replayed.
import type { TbxExtraNode } from "@/lib/termbase/tbx/tbx-extra";
import type { ConceptInput, TermInput, TermStatus } from "@/lib/termbase/tbx/termbase-exchange.types";

export type Random = () => number;

/** mulberry32: a small seeded generator (tests must replay a failing seed). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// No word says "do not translate" (a note saying so sets the flag) and none starts "meridian:".
const WORDS = ["shoe", "Laufschuh", "cœur", "naïve", "R&D", "<b>", "a>b", '"quoted"', "it's", "日本語", "مرحبا", "🙂", "x=1", "-dash", "50%", "@home", "Ünïcödé", "tab\tin"];
const LOCALES = ["en-US", "de-DE", "fr-FR", "ja-JP", "ar"];
const STATUSES: TermStatus[] = ["preferred", "admitted", "deprecated", "forbidden"];
const PARTS_OF_SPEECH = ["noun", "verb", "adjective", "adverb", "properNoun", "other"];
const GENDERS = ["masculine", "feminine", "neuter", "other"];

const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Random, p = 0.5) => r() < p;

function words(r: Random, min = 1, max = 4): string {
  const n = min + Math.floor(r() * (max - min + 1));
  return Array.from({ length: n }, () => pick(r, WORDS)).join(" ");
}

/** A text of one or more paragraphs (a note or definition written over several lines). */
function paragraphs(r: Random): string {
  return Array.from({ length: 1 + Math.floor(r() * 3) }, () => words(r, 1, 6)).join(chance(r) ? "\n\n" : "\n");
}

const text = (value: string) => [value];

function extraNode(r: Random, kind: string): TbxExtraNode {
  switch (kind) {
    case "context":
      return { name: "descrip", attrs: { type: "context" }, children: text(words(r, 2, 6)) };
    case "admin":
      return { name: "admin", attrs: { type: pick(r, ["source", "customerSubset", "projectSubset"]) }, children: text(words(r)) };
    case "transacGrp":
      return {
        name: "transacGrp",
        children: [
          { name: "transac", attrs: { type: "transactionType" }, children: text(pick(r, ["origination", "modification"])) },
          { name: "date", children: text(`2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 10)}`) },
          { name: "transacNote", attrs: { type: "responsibility" }, children: text(words(r, 1, 2)) },
        ],
      };
    case "xref":
      return { name: "xref", attrs: { type: "externalCrossReference", target: `https://example.com/${Math.floor(r() * 1000)}?a=1&b="2"` }, children: text(words(r, 1, 2)) };
    case "ref":
      return { name: "ref", attrs: { type: "crossReference", target: `c${Math.floor(r() * 100)}` }, children: text(words(r, 1, 2)) };
    case "note":
      return { name: "note", children: text(paragraphs(r)) };
    case "gender":
      return { name: "termNote", attrs: { type: "grammaticalGender" }, children: text(pick(r, GENDERS)) };
    case "definition":
      return { name: "descrip", attrs: { type: "definition" }, children: text(words(r, 2, 6)) };
    default:
      throw new Error(kind);
  }
}

function extras(r: Random, kinds: readonly string[], lang?: string): TbxExtraNode[] {
  const out = kinds.filter(() => chance(r, 0.4)).map((kind) => extraNode(r, kind));
  return lang ? out.map((node) => ({ ...node, lang })) : out;
}

function term(r: Random, locale: string, textValue: string, marketCodes: readonly string[]): TermInput {
  const t: TermInput = { locale, text: textValue, status: pick(r, STATUSES), doNotTranslate: chance(r, 0.2), caseSensitive: chance(r, 0.2) };
  if (chance(r)) t.partOfSpeech = pick(r, PARTS_OF_SPEECH);
  if (chance(r, 0.3)) t.usageNote = words(r, 2, 5);
  if (chance(r, 0.3)) t.backTranslation = words(r);
  if (marketCodes.length && chance(r, 0.3)) t.marketCode = pick(r, marketCodes);
  // Term notes stand before the term's other information (the order TBX and our writer use).
  const extra = [...extras(r, ["gender"]), ...extras(r, ["context", "admin", "transacGrp", "xref", "ref", "note"])];
  if (extra.length) t.extra = extra;
  return t;
}

/** `count` concepts, each with 1–4 terms (distinct texts), every optional field sometimes set. */
export function generateTermbase(seed: number, count: number, opts: { marketCodes?: readonly string[] } = {}): ConceptInput[] {
  const r = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const concept: ConceptInput = { externalId: chance(r, 0.8) ? `g${seed}-${index}` : `g ${seed} #${index}`, terms: [] };
    const termCount = 1 + Math.floor(r() * 4);
    for (let i = 0; i < termCount; i++) concept.terms.push(term(r, pick(r, LOCALES), `${words(r, 1, 3)} ${index}.${i}`, opts.marketCodes ?? []));
    if (chance(r, 0.6)) concept.subject = words(r, 1, 2);
    if (chance(r, 0.6)) concept.definition = words(r, 3, 8);
    if (chance(r, 0.5)) concept.note = paragraphs(r);
    const locales = [...new Set(concept.terms.map((t) => t.locale))];
    // A language section's definition is read into the concept's when it has none: kept only beside one.
    const languageKinds = concept.definition ? ["definition", "admin"] : ["admin"];
    const extra = [...extras(r, ["context", "admin", "transacGrp", "xref", "ref"]), ...extras(r, languageKinds, pick(r, locales))];
    // A definition with its source: the group carries the concept's definition (descripGrp).
    if (concept.definition && chance(r, 0.3)) {
      extra.unshift({ name: "descripGrp", children: [{ name: "descrip", attrs: { type: "definition" }, children: [concept.definition] }, extraNode(r, "admin")] });
    }
    if (extra.length) concept.extra = extra;
    return concept;
  });
}
