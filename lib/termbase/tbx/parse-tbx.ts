import type { XmlElement } from "@/lib/core/xml/xml-tree";
import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import { readXmlSteps, type ReadXmlOptions } from "@/lib/core/xml/read-xml";
import { runSteps, runStepsYielding, type Steps } from "@/lib/core/xml/run-steps";
import { checkTbxElement, newTbxStructureState } from "./check-tbx-structure";
import { normalizeLocale } from "./normalize-locale";
import { toExtraNode, type TbxExtra } from "./tbx-extra";
import { coreChildren, findTerm, isCore, levelItems, readLanguage, readText, TBX_NS, type Category } from "./tbx-levels";
import { dialectPicklists } from "./tbx-dialects";
import {
  mapTbxStatus,
  NOTE_BACK_TRANSLATION,
  NOTE_CASE_SENSITIVE,
  NOTE_DNT,
  NOTE_EXTERNAL_ID,
  NOTE_FORBIDDEN,
  NOTE_PART_OF_SPEECH,
  NOTE_PREFIX,
  NOTE_USAGE,
  saysDoNotTranslate,
} from "./tbx-conventions";
import type { ConceptInput, ParseTermbaseResult, Problem, TermInput } from "./termbase-exchange.types";

const STATUS_CATEGORIES = new Set(["administrativeStatus", "normativeAuthorization", "usageStatus"]);


/**
 * Reads TBX 2019 (`tbx` root: conceptEntry/langSec/termSec; TBX-Core, -Min, -Basic in
 * DCA style `<termNote type="partOfSpeech">` or DCT style `<min:partOfSpeech>`) and TBX
 * v2 (`martif` root: termEntry/langSet/tig|ntig). Conventions for what TBX cannot say
 * natively are documented in tbx-conventions.ts.
 */
export type ParseTbxOptions = ReadXmlOptions & {
  /**
   * The user's explicit choice to import a file whose values break its declared dialect's
   * picklists: those fields are dropped and listed as warnings. Without it they are problems.
   */
  dropInvalidDialectFields?: boolean;
};

/** What readTerm needs to hold a term to its file's dialect. */
type Dialect = { name: string; picklists: Readonly<Record<string, readonly string[]>>; drop: boolean } | undefined;

export function parseTbx(input: Uint8Array | string, opts: ParseTbxOptions = {}): ParseTermbaseResult {
  return runSteps(parseTbxSteps(input, opts));
}

/** parseTbx giving the event loop a turn every few milliseconds: for servers reading uploads. */
export function parseTbxAsync(input: Uint8Array | string, opts: ParseTbxOptions = {}): Promise<ParseTermbaseResult> {
  return runStepsYielding(parseTbxSteps(input, opts));
}

function* parseTbxSteps(input: Uint8Array | string, opts: ParseTbxOptions): Steps<ParseTermbaseResult> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const concepts: ConceptInput[] = [];
  const structure = newTbxStructureState(problems);
  let dialect: Dialect | null = null;
  // Each entry is read when its end tag is, then dropped from the tree: a large file's elements
  // never all sit in memory at once (a 15 MB file's tree kept the garbage collector busy).
  const read = yield* readXmlSteps(input, {
    ...opts,
    onElementEnd: (el) => {
      checkTbxElement(el, isCore, structure);
      if (!isEntry(el)) return false;
      if (dialect === null) {
        // The root's attributes are complete from its start tag on; read its dialect once.
        let root = el;
        while (root.parentNode) root = root.parentNode;
        const found = dialectPicklists(root.getAttribute("type"));
        dialect = found && { ...found, drop: !!opts.dropInvalidDialectFields };
      }
      const concept = readConcept(el, problems, warnings, dialect);
      if (concept) concepts.push(concept);
      return true;
    },
  });
  if (!read.ok) return { ok: false, concepts: [], problems: read.problems };
  const root = read.doc.documentElement;
  if (root.localName !== "tbx" && root.localName !== "martif") {
    return { ok: false, concepts: [], problems: [problem("TBX_NOT_TBX", `The root element is <${root.nodeName}>, not <tbx> or <martif>.`, root)] };
  }
  if (!isCore(root)) {
    const message = `<${root.nodeName}> is in the namespace "${root.namespaceURI}"; TBX uses "${TBX_NS}" (or none, as martif files do).`;
    return { ok: false, concepts: [], problems: [problem("TBX_UNKNOWN_NAMESPACE", message, root)] };
  }
  return { ok: problems.length === 0, concepts, problems, warnings };
}

/**
 * A concept entry (conceptEntry, or termEntry in TBX v2) below the root, reached through TBX core
 * elements only and not inside another entry.
 */
function isEntry(el: XmlElement): boolean {
  if ((el.localName !== "conceptEntry" && el.localName !== "termEntry") || !isCore(el)) return false;
  for (let p = el.parentNode; p; p = p.parentNode) {
    if (!p.parentNode) return true; // the root
    if (!isCore(p) || p.localName === "conceptEntry" || p.localName === "termEntry") return false;
  }
  return false;
}

function readConcept(entry: XmlElement, problems: Problem[], warnings: Problem[], dialect: Dialect): ConceptInput | undefined {
  const concept: ConceptInput = { terms: [] };
  const warningsBefore = warnings.length;
  const id = entry.getAttribute("id");
  if (id) concept.externalId = id;
  const notes: string[] = [];
  // Nothing is dropped: what has no column is kept as it was written, in document order.
  const extra: TbxExtra = [];
  for (const { top, category: cat, whole } of levelItems(entry)) {
    let read = false;
    if (cat?.name === "subjectField" && concept.subject === undefined) read = !!(concept.subject = cat.value);
    else if (cat?.name === "definition" && concept.definition === undefined) read = !!(concept.definition = cat.value);
    else if (cat?.name === "note" && cat.value.startsWith(NOTE_EXTERNAL_ID)) read = !!(concept.externalId = cat.value.slice(NOTE_EXTERNAL_ID.length));
    else if (cat?.name === "note" && !cat.value.startsWith(NOTE_PREFIX)) read = notes.push(cat.value) > 0;
    if (!read || !whole) extra.push(toExtraNode(top));
  }

  for (const langSec of coreChildren(entry).filter((c) => c.localName === "langSec" || c.localName === "langSet")) {
    const rawLang = readLanguage(langSec);
    if (!rawLang) {
      problems.push(problem("TBX_MISSING_LANGUAGE", `<${langSec.localName}> has no xml:lang; its terms were skipped.`, langSec));
      continue;
    }
    const locale = normalizeLocale(rawLang);
    if (!locale) {
      problems.push(problem("TBX_UNKNOWN_LANGUAGE", `"${rawLang}" is not a valid language tag; its terms were skipped.`, langSec));
      continue;
    }
    // TBX-Basic keeps definitions per language; the first one stands for the concept when it has
    // none. Language-level notes still describe the concept (tools differ in where they put them).
    for (const { top, category: cat, whole } of levelItems(langSec)) {
      let read = false;
      if (cat?.name === "definition" && concept.definition === undefined) read = !!(concept.definition = cat.value);
      else if (cat?.name === "note" && !cat.value.startsWith(NOTE_PREFIX)) read = notes.push(cat.value) > 0;
      if (!read || !whole) extra.push(toExtraNode(top, locale));
    }
    const termSecs = coreChildren(langSec).filter((c) => c.localName === "termSec" || c.localName === "tig" || c.localName === "ntig");
    if (termSecs.length === 0) {
      problems.push(problem("TBX_EMPTY_LANGUAGE_SECTION", `<${langSec.localName} xml:lang="${rawLang}"> has no terms.`, langSec));
    }
    for (const termSec of termSecs) {
      const term = readTerm(termSec, locale, problems, warnings, dialect);
      if (term) concept.terms.push(term);
    }
  }
  if (notes.length) concept.note = notes.join("\n\n");
  if (extra.length) concept.extra = extra;
  if (concept.terms.length === 0) {
    // Only empty renderings: skipped like them. Otherwise the concept is broken: refused.
    (warnings.length > warningsBefore ? warnings : problems).push(problem("TBX_CONCEPT_WITHOUT_TERMS", `Concept ${concept.externalId ?? ""} has no usable terms.`.replace("  ", " "), entry));
    return undefined;
  }
  return concept;
}

function readTerm(termSec: XmlElement, locale: string, problems: Problem[], warnings: Problem[], dialect: Dialect): TermInput | undefined {
  // ntig wraps term and termNotes in a termGrp.
  const termEl = findTerm(termSec);
  if (!termEl) {
    problems.push(problem("TBX_MISSING_TERM", `<${termSec.localName}> has no <term>.`, termSec));
    return undefined;
  }
  const text = readText(termEl);
  if (!text.trim()) {
    // CAT-tool exports (SDL MultiTerm) write <term/> for renderings nobody filled in: skip it, say so.
    warnings.push(problem("TBX_EMPTY_TERM", `An empty <term/> in ${locale} was skipped.`, termEl));
    return undefined;
  }
  const term: TermInput = { locale, text, status: "admitted", doNotTranslate: false, caseSensitive: false };
  const extra: TbxExtra = [];
  let forbidden = false;
  for (const { top, category: cat, whole } of levelItems(termSec)) {
    if (!cat) {
      extra.push(toExtraNode(top));
      continue;
    }
    const allowed = dialect?.picklists[cat.name];
    if (dialect && allowed && !allowed.includes(cat.value)) {
      const message = `${cat.name} "${cat.value}" is not a ${dialect.name} value (${allowed.join(", ")})`;
      // Values Meridian's conventions understand (forbiddenTerm-admn-sts, a termType saying
      // do-not-translate) are read for what they mean; dropping them would lose the meaning.
      const understood = (STATUS_CATEGORIES.has(cat.name) && mapTbxStatus(cat.value)) || (cat.name === "termType" && saysDoNotTranslate(cat.value));
      if (understood) warnings.push(problem("TBX_DIALECT_VALUE_READ", `${message}; read as Meridian understands it.`, cat.el));
      else if (dialect.drop) {
        warnings.push(problem("TBX_DIALECT_VALUE_DROPPED", `${message}; the field was dropped, as chosen.`, cat.el));
        continue;
      } else {
        problems.push({ ...problem("TBX_DIALECT_VALUE", `${message}. Fix the file, or import anyway with those fields dropped.`, cat.el), rule: `${dialect.name}:${cat.name}` });
        continue;
      }
    }
    const read = readTermCategory(term, cat, problems);
    if (read === "forbidden") forbidden = true;
    if (!read || !whole) extra.push(toExtraNode(top));
  }
  // Our export writes forbidden as deprecated + note; the note wins over the status.
  if (forbidden) term.status = "forbidden";
  if (extra.length) term.extra = extra;
  return term;
}

/**
 * Reads one term-level data category into the term's columns; false when it has no column (or its
 * column is already taken), so the element is kept as written.
 */
function readTermCategory(term: TermInput, cat: Category, problems: Problem[]): boolean | "forbidden" {
  if (STATUS_CATEGORIES.has(cat.name)) {
    const status = mapTbxStatus(cat.value);
    if (status) term.status = status;
    else problems.push(problem("TBX_UNKNOWN_STATUS", `Unknown ${cat.name} "${cat.value}".`, cat.el));
    return true;
  }
  if (cat.name === "partOfSpeech" && term.partOfSpeech === undefined) return !!(term.partOfSpeech = cat.value);
  if (cat.name === "geographicalUsage" && term.marketCode === undefined) return !!(term.marketCode = cat.value);
  if (cat.name === "usageNote" && term.usageNote === undefined) {
    if (saysDoNotTranslate(cat.value)) term.doNotTranslate = true;
    return !!(term.usageNote = cat.value);
  }
  if (cat.name !== "note") {
    // A termType saying "do not translate" means it; the element itself is kept too.
    if (cat.name === "termType" && saysDoNotTranslate(cat.value)) term.doNotTranslate = true;
    return false;
  }
  const value = cat.value;
  if (value === NOTE_FORBIDDEN) return "forbidden";
  if (value === NOTE_DNT) return (term.doNotTranslate = true);
  if (value === NOTE_CASE_SENSITIVE) return (term.caseSensitive = true);
  if (value.startsWith(NOTE_BACK_TRANSLATION)) return !!(term.backTranslation = value.slice(NOTE_BACK_TRANSLATION.length));
  if (value.startsWith(NOTE_USAGE)) return !!(term.usageNote = value.slice(NOTE_USAGE.length));
  if (value.startsWith(NOTE_PART_OF_SPEECH)) return !!(term.partOfSpeech = value.slice(NOTE_PART_OF_SPEECH.length));
  if (saysDoNotTranslate(value)) term.doNotTranslate = true;
  return false;
}

function problem(code: string, message: string, el: XmlElement): Problem {
  return { code, message, ...getNodeLocation(el), path: getElementPath(el) };
}
