import Papa from "papaparse";
import type { ConceptInput } from "@/lib/termbase/tbx/termbase-exchange.types";
import { TERMS_CSV_COLUMNS } from "./terms-csv-columns";

/** Writes concepts in the layout of terms-csv-columns.ts (one row per term, header first). */
export function writeTermsCsv(concepts: ConceptInput[]): string {
  const rows: string[][] = [[...TERMS_CSV_COLUMNS]];
  concepts.forEach((concept, index) => {
    // Every concept needs an id so its rows group back together on import.
    const conceptId = concept.externalId ?? `concept-${index + 1}`;
    concept.terms.forEach((t, i) => {
      rows.push(
        [
          conceptId,
          i === 0 ? (concept.subject ?? "") : "",
          i === 0 ? (concept.definition ?? "") : "",
          t.locale,
          t.text,
          t.status,
          t.doNotTranslate ? "true" : "false",
          t.caseSensitive ? "true" : "false",
          t.partOfSpeech ?? "",
          t.usageNote ?? "",
          t.backTranslation ?? "",
          t.marketCode ?? "",
          i === 0 ? (concept.note ?? "") : "",
          i === 0 && concept.extra?.length ? JSON.stringify(concept.extra) : "",
          t.extra?.length ? JSON.stringify(t.extra) : "",
        ].map(defuseFormula),
      );
    });
  });
  return Papa.unparse(rows, { newline: "\r\n" }) + "\r\n";
}

function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
