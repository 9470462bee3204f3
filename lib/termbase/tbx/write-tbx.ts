import {
  isNcName,
  NOTE_BACK_TRANSLATION,
  NOTE_CASE_SENSITIVE,
  NOTE_DNT,
  NOTE_EXTERNAL_ID,
  NOTE_FORBIDDEN,
  NOTE_PART_OF_SPEECH,
  NOTE_USAGE,
  toTbxStatus,
} from "./tbx-conventions";
import { dialectPicklists, toDialectPartOfSpeech } from "./tbx-dialects";
import { escapeXml, extraCarries, extraText, writeExtraNode, type TbxExtraNode } from "./tbx-extra";
import { cleanText } from "./tbx-levels";
import type { ConceptInput, TermInput } from "./termbase-exchange.types";

export type WriteTbxOptions = {
  title?: string;
  sourceLanguage?: string;
  /**
   * "2019" (default): ISO 30042:2019 `tbx` root, conceptEntry/langSec/termSec. "v2": the 2008
   * form (`martif`, TBX-Basic v2: martifHeader, termEntry/langSet/tig) for tools that read only it.
   */
  version?: "2019" | "v2";
};

const NAMES = {
  "2019": { entry: "conceptEntry", lang: "langSec", term: "termSec" },
  v2: { entry: "termEntry", lang: "langSet", term: "tig" },
} as const;

/**
 * Writes concepts as a TBX-Basic file in DCA style, the form most terminology tools import.
 * Meridian-only facts use the note conventions in tbx-conventions.ts and the elements Meridian
 * has no column for are written back as they were read (tbx-extra.ts), so parseTbx reads the
 * file back unchanged.
 */
export function writeTbx(concepts: ConceptInput[], opts: WriteTbxOptions = {}): string {
  const sourceLanguage = opts.sourceLanguage ?? mostCommonLanguage(concepts);
  const version = opts.version ?? "2019";
  const names = NAMES[version];
  const title = esc(opts.title ?? "Meridian termbase");
  // Elements kept from a file of another dialect may hold values outside TBX-Basic's picklists:
  // such an export declares TBX-Core (no picklists) rather than a TBX-Basic it would break.
  const dialect = keptValuesFitBasic(concepts) ? "TBX-Basic" : "TBX-Core";
  const lines =
    version === "v2"
      ? [
          `<?xml version="1.0" encoding="UTF-8"?>`,
          `<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">`,
          `<martif type="${dialect}" xml:lang="${esc(sourceLanguage)}">`,
          `  <martifHeader>`,
          `    <fileDesc>`,
          `      <titleStmt><title>${title}</title></titleStmt>`,
          `      <sourceDesc><p>Exported from Meridian</p></sourceDesc>`,
          `    </fileDesc>`,
          `    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>`,
          `  </martifHeader>`,
        ]
      : [
          `<?xml version="1.0" encoding="UTF-8"?>`,
          // The schema pair LTAC's own TBX-Basic DCA example names: TBX Core structure, then the dialect's Schematron.
          `<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>`,
          ...(dialect === "TBX-Basic"
            ? [`<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>`]
            : []),
          `<tbx type="${dialect}" style="dca" xml:lang="${esc(sourceLanguage)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
          `  <tbxHeader>`,
          `    <fileDesc>`,
          `      <titleStmt><title>${title}</title></titleStmt>`,
          `      <sourceDesc><p>Exported from Meridian</p></sourceDesc>`,
          `    </fileDesc>`,
          `  </tbxHeader>`,
        ];
  lines.push(`  <text>`, `    <body>`);
  concepts.forEach((concept, index) => {
    const ext = concept.externalId;
    const id = ext !== undefined && isNcName(ext) ? ext : `c${index + 1}`;
    const extra = concept.extra;
    lines.push(`      <${names.entry} id="${esc(id)}">`);
    if (concept.subject && !extraCarries(extra, "subjectField", concept.subject)) lines.push(`        ${textElement("descrip", concept.subject, ' type="subjectField"')}`);
    if (concept.definition && !extraCarries(extra, "definition", concept.definition)) lines.push(`        ${textElement("descrip", concept.definition, ' type="definition"')}`);
    if (concept.note) lines.push(`        ${textElement("note", concept.note)}`);
    if (ext !== undefined && ext !== id) lines.push(`        ${textElement("note", NOTE_EXTERNAL_ID + ext)}`);
    for (const node of extra ?? []) if (!node.lang) lines.push(`        ${writeExtraNode(node)}`);
    for (const [locale, terms] of groupByLocale(concept.terms)) {
      lines.push(`        <${names.lang} xml:lang="${esc(locale)}">`);
      for (const node of extra ?? []) if (node.lang === locale) lines.push(`          ${writeExtraNode({ ...node, lang: undefined })}`);
      for (const term of terms) lines.push(...writeTerm(term, names.term));
      lines.push(`        </${names.lang}>`);
    }
    lines.push(`      </${names.entry}>`);
  });
  lines.push(`    </body>`, `  </text>`, version === "v2" ? `</martif>` : `</tbx>`, "");
  return lines.join("\n");
}

function writeTerm(term: TermInput, section: string): string[] {
  const pad = "            ";
  const extra = term.extra;
  const out = [`          <${section}>`, `${pad}${textElement("term", term.text)}`];
  const termNote = (type: string, value: string) => {
    if (!extraCarries(extra, type, value)) out.push(`${pad}${textElement("termNote", value, ` type="${type}"`)}`);
  };
  const partOfSpeech = term.partOfSpeech ? toDialectPartOfSpeech(term.partOfSpeech) : undefined;
  if (partOfSpeech) termNote("partOfSpeech", partOfSpeech);
  termNote("administrativeStatus", toTbxStatus(term.status));
  if (term.marketCode) termNote("geographicalUsage", term.marketCode);
  // Term notes come before the term's other information (TBX Core order).
  const isTermNote = (name: string) => name === "termNote" || name === "termNoteGrp";
  for (const node of extra ?? []) if (isTermNote(node.name)) out.push(`${pad}${writeExtraNode(node)}`);
  if (term.status === "forbidden") out.push(`${pad}<note>${NOTE_FORBIDDEN}</note>`);
  if (term.doNotTranslate) out.push(`${pad}<note>${NOTE_DNT}</note>`);
  if (term.caseSensitive) out.push(`${pad}<note>${NOTE_CASE_SENSITIVE}</note>`);
  if (term.backTranslation) out.push(`${pad}${textElement("note", NOTE_BACK_TRANSLATION + term.backTranslation)}`);
  if (term.usageNote) out.push(`${pad}${textElement("note", NOTE_USAGE + term.usageNote)}`);
  if (term.partOfSpeech && partOfSpeech !== term.partOfSpeech) out.push(`${pad}${textElement("note", NOTE_PART_OF_SPEECH + term.partOfSpeech)}`);
  for (const node of extra ?? []) if (!isTermNote(node.name)) out.push(`${pad}${writeExtraNode(node)}`);
  out.push(`          </${section}>`);
  return out;
}

function keptValuesFitBasic(concepts: ConceptInput[]): boolean {
  const picklists = dialectPicklists("TBX-Basic")!.picklists;
  const fits = (node: TbxExtraNode): boolean => {
    const type = node.attrs?.type ?? node.name.replace(/^.*:/, "");
    const allowed = picklists[type];
    if (allowed && !allowed.includes(extraText(node).trim())) return false;
    return (node.children ?? []).every((c) => typeof c === "string" || fits(c));
  };
  return concepts.every((c) => (c.extra ?? []).every(fits) && c.terms.every((t) => (t.extra ?? []).every(fits)));
}

/** Text the reader's whitespace folding would change (paragraphs, edge spaces) is marked xml:space="preserve". */
function textElement(name: string, text: string, attrs = ""): string {
  const space = cleanText(text) === text ? "" : ` xml:space="preserve"`;
  return `<${name}${attrs}${space}>${esc(text)}</${name}>`;
}

/**
 * The root's xml:lang is the termbase's source language: without one given, the language found in
 * the most concepts (a source language has a term in nearly every concept), not the first term's.
 */
function mostCommonLanguage(concepts: ConceptInput[]): string {
  const counts = new Map<string, number>();
  for (const concept of concepts) {
    for (const language of new Set(concept.terms.map((t) => t.locale.split("-")[0]!.toLowerCase()))) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best = "en";
  let bestCount = 0;
  for (const [language, count] of counts) if (count > bestCount) [best, bestCount] = [language, count];
  return best;
}

/** langSec groups a concept's terms by language, keeping first-seen order. */
function groupByLocale(terms: TermInput[]): Map<string, TermInput[]> {
  const map = new Map<string, TermInput[]>();
  for (const t of terms) map.set(t.locale, [...(map.get(t.locale) ?? []), t]);
  return map;
}

const esc = escapeXml;
