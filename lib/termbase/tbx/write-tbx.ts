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
import { toDialectPartOfSpeech } from "./tbx-dialects";
import type { ConceptInput, TermInput } from "./termbase-exchange.types";

/**
 * Writes concepts as a TBX-Basic (ISO 30042:2019) file in DCA style, the form most
 * terminology tools import. Meridian-only facts use the note conventions in
 * tbx-conventions.ts so that parseTbx reads them back unchanged.
 */
export function writeTbx(concepts: ConceptInput[], opts: { title?: string; sourceLanguage?: string } = {}): string {
  const sourceLanguage = opts.sourceLanguage ?? mostCommonLanguage(concepts);
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    // The schema pair LTAC's own TBX-Basic DCA example names: TBX Core structure, then the dialect's Schematron.
    `<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>`,
    `<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>`,
    `<tbx type="TBX-Basic" style="dca" xml:lang="${esc(sourceLanguage)}" xmlns="urn:iso:std:iso:30042:ed-2">`,
    `  <tbxHeader>`,
    `    <fileDesc>`,
    `      <titleStmt><title>${esc(opts.title ?? "Meridian termbase")}</title></titleStmt>`,
    `      <sourceDesc><p>Exported from Meridian</p></sourceDesc>`,
    `    </fileDesc>`,
    `  </tbxHeader>`,
    `  <text>`,
    `    <body>`,
  ];
  concepts.forEach((concept, index) => {
    const ext = concept.externalId;
    const id = ext !== undefined && isNcName(ext) ? ext : `c${index + 1}`;
    lines.push(`      <conceptEntry id="${esc(id)}">`);
    if (concept.subject) lines.push(`        <descrip type="subjectField">${esc(concept.subject)}</descrip>`);
    if (concept.definition) lines.push(`        <descrip type="definition">${esc(concept.definition)}</descrip>`);
    if (concept.note) lines.push(`        <note>${esc(concept.note)}</note>`);
    if (ext !== undefined && ext !== id) lines.push(`        <note>${esc(NOTE_EXTERNAL_ID + ext)}</note>`);
    for (const [locale, terms] of groupByLocale(concept.terms)) {
      lines.push(`        <langSec xml:lang="${esc(locale)}">`);
      for (const term of terms) lines.push(...writeTerm(term));
      lines.push(`        </langSec>`);
    }
    lines.push(`      </conceptEntry>`);
  });
  lines.push(`    </body>`, `  </text>`, `</tbx>`, "");
  return lines.join("\n");
}

function writeTerm(term: TermInput): string[] {
  const pad = "            ";
  const out = [`          <termSec>`, `${pad}<term>${esc(term.text)}</term>`];
  const partOfSpeech = term.partOfSpeech ? toDialectPartOfSpeech(term.partOfSpeech) : undefined;
  if (partOfSpeech) out.push(`${pad}<termNote type="partOfSpeech">${partOfSpeech}</termNote>`);
  out.push(`${pad}<termNote type="administrativeStatus">${toTbxStatus(term.status)}</termNote>`);
  if (term.marketCode) out.push(`${pad}<termNote type="geographicalUsage">${esc(term.marketCode)}</termNote>`);
  if (term.status === "forbidden") out.push(`${pad}<note>${NOTE_FORBIDDEN}</note>`);
  if (term.doNotTranslate) out.push(`${pad}<note>${NOTE_DNT}</note>`);
  if (term.caseSensitive) out.push(`${pad}<note>${NOTE_CASE_SENSITIVE}</note>`);
  if (term.backTranslation) out.push(`${pad}<note>${esc(NOTE_BACK_TRANSLATION + term.backTranslation)}</note>`);
  if (term.usageNote) out.push(`${pad}<note>${esc(NOTE_USAGE + term.usageNote)}</note>`);
  if (term.partOfSpeech && partOfSpeech !== term.partOfSpeech) out.push(`${pad}<note>${esc(NOTE_PART_OF_SPEECH + term.partOfSpeech)}</note>`);
  out.push(`          </termSec>`);
  return out;
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

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
