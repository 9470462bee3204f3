import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import { getChildElements } from "@/lib/core/xml/child-elements";
import { readXmlSteps, type ReadXmlOptions } from "@/lib/core/xml/read-xml";
import { runSteps, runStepsYielding, type Steps } from "@/lib/core/xml/run-steps";
import type { XmlElement } from "@/lib/core/xml/xml-tree";
import { parseXliff12Files, readXliff12Unit } from "./parse-xliff12-files";
import { parseXliff2Files, readXliff2Unit } from "./parse-xliff2-files";
import { checkXliff2Element, newStructureState, type StructureState } from "./check-xliff2-structure";
import { checkXliff2Unit } from "./check-xliff2-unit";
import type { ParseXliffResult, XliffDocument, XliffFile, XliffProblem, XliffUnit, XliffVersion } from "./xliff.types";

export type ParseXliffOptions = ReadXmlOptions;

// XLIFF 2.1 and 2.2 keep the 2.0 namespace and say their version in the version attribute. 1.1
// (Translate Toolkit, older Okapi) has its own namespace and the structure 1.2 kept.
const NAMESPACES: Record<string, XliffVersion> = {
  "urn:oasis:names:tc:xliff:document:1.1": "1.2",
  "urn:oasis:names:tc:xliff:document:1.2": "1.2",
  "urn:oasis:names:tc:xliff:document:2.0": "2.0",
  "urn:oasis:names:tc:xliff:document:2.1": "2.1",
  "urn:oasis:names:tc:xliff:document:2.2": "2.2",
};

/**
 * Parses XLIFF 1.2 (with or without its namespace) and 2.0/2.1/2.2 into one neutral
 * model. Fatal problems (unreadable XML, not XLIFF, missing or duplicate ids) fail the
 * whole file; oddities that still let us import correct text come back as warnings.
 */
export function parseXliff(input: Uint8Array | string, opts: ParseXliffOptions = {}): ParseXliffResult {
  return runSteps(parseXliffSteps(input, opts));
}

/** parseXliff giving the event loop a turn every few milliseconds: for servers reading uploads. */
export function parseXliffAsync(input: Uint8Array | string, opts: ParseXliffOptions = {}): Promise<ParseXliffResult> {
  return runStepsYielding(parseXliffSteps(input, opts));
}

function* parseXliffSteps(input: Uint8Array | string, opts: ParseXliffOptions): Steps<ParseXliffResult> {
  const problems: XliffProblem[] = [];
  const warnings: XliffProblem[] = [];
  // Units are read as their end tag is parsed and then taken out of the tree (readXml's
  // onElementEnd), so a large file never sits in memory whole: for 10,000 units the garbage
  // collector had been ~40% of reading it, copying the tree from one young generation to the next.
  const units = new Map<XmlElement, XliffUnit[]>();
  // The root's version and namespace, known from the first end tag on (null: not XLIFF we read).
  let family: { version: XliffVersion; ctx: { ns: string | null; problems: XliffProblem[]; warnings: XliffProblem[] } } | null | undefined;
  let structure: StructureState | undefined;
  const read = yield* readXmlSteps(input, {
    ...opts,
    onElementEnd: (el) => {
      if (family === undefined) {
        let root = el;
        while (root.parentNode) root = root.parentNode;
        const version = root.localName === "xliff" ? detectVersion(root.namespaceURI || null, root.getAttribute("version")) : undefined;
        family = version ? { version, ctx: { ns: root.namespaceURI || null, problems, warnings } } : null;
        if (family && family.version !== "1.2") structure = newStructureState(family.ctx.ns, family.version, problems, warnings);
      }
      if (!family) return false;
      if (family.version === "1.2" && el.localName === "bin-unit" && (el.namespaceURI || null) === family.ctx.ns) {
        reportBinUnit(el, warnings);
        return true;
      }
      if (structure) {
        checkXliff2Element(el, structure);
        if (el.localName === "unit" && (el.namespaceURI || null) === structure.ns) checkXliff2Unit(el, structure);
      }
      const found = family.version === "1.2" ? readXliff12Unit(el, family.ctx) : readXliff2Unit(el, family.ctx);
      if (!found) return false;
      if (!found.unit) return true;
      const list = units.get(found.fileEl);
      if (list) list.push(found.unit);
      else units.set(found.fileEl, [found.unit]);
      return true;
    },
  });
  if (!read.ok) return read;
  const root = read.doc.documentElement;
  const rootLoc = { ...getNodeLocation(root), path: getElementPath(root) };
  if (root.localName !== "xliff") {
    return { ok: false, problems: [{ code: "XLIFF_NOT_XLIFF", message: `The root element is <${root.nodeName}>, not <xliff>.`, ...rootLoc }] };
  }
  const ns = root.namespaceURI || null;
  const versionAttr = root.getAttribute("version");
  const version = detectVersion(ns, versionAttr);
  if (!version) {
    return {
      ok: false,
      problems: [
        {
          code: "XLIFF_UNSUPPORTED_VERSION",
          message: `Unsupported XLIFF version "${versionAttr ?? ""}" (namespace "${ns ?? ""}").`,
          ...rootLoc,
        },
      ],
    };
  }

  let doc: XliffDocument;
  if (version === "1.2") {
    const files = parseXliff12Files(root, ns, units);
    doc = { version, srcLang: files.find((f) => f.srcLang)?.srcLang ?? "", files };
    const trgLang = files.find((f) => f.trgLang)?.trgLang;
    if (trgLang) doc.trgLang = trgLang;
  } else {
    const srcLang = root.getAttribute("srcLang");
    if (!srcLang) problems.push({ code: "XLIFF_MISSING_SRC_LANG", message: "<xliff> has no srcLang.", ...rootLoc });
    doc = { version, srcLang: srcLang ?? "", files: parseXliff2Files(root, ns, problems, units) };
    const trgLang = root.getAttribute("trgLang");
    if (trgLang) doc.trgLang = trgLang;
  }
  if (doc.files.length === 0 && getChildElements(root, "file").length > 0) {
    // <file> elements in another namespace (xmlns="") are not XLIFF's: say so rather than read none.
    problems.push({ code: "XLIFF_NO_FILES", message: `The <file> elements are not in the namespace of <xliff> ("${ns ?? ""}").`, ...rootLoc });
  }
  for (const file of doc.files) problems.push(...findDuplicateIds(file));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, doc, warnings };
}

/** Binary units (images, resources) are not imported: say so, with what they hold, rather than skip them silently. */
function reportBinUnit(el: XmlElement, warnings: XliffProblem[]): void {
  const id = el.getAttribute("id") ?? "";
  const mime = el.getAttribute("mime-type") ?? "unknown type";
  const hasTarget = getChildElements(el).some((c) => c.localName === "bin-target");
  warnings.push({
    code: "XLIFF_BIN_UNIT_SKIPPED",
    message: `Binary unit "${id}" (${mime}${hasTarget ? ", with a translated binary" : ""}) was not imported: Meridian imports text units only.`,
    ...getNodeLocation(el),
    path: getElementPath(el),
  });
}

function detectVersion(ns: string | null, versionAttr: string | null): XliffVersion | undefined {
  if (ns) {
    const family = NAMESPACES[ns];
    return family === "2.0" && (versionAttr === "2.1" || versionAttr === "2.2") ? versionAttr : family;
  }
  // Older tools write 1.x files without a namespace.
  if (versionAttr === null || versionAttr === "1.2" || versionAttr === "1.1" || versionAttr === "1.0") return "1.2";
  return undefined;
}

/** Importers key units by id; two units with one id would silently overwrite each other. */
function findDuplicateIds(file: XliffFile): XliffProblem[] {
  const seen = new Set<string>();
  const problems: XliffProblem[] = [];
  for (const unit of file.units) {
    if (seen.has(unit.id)) {
      problems.push({
        code: "XLIFF_DUPLICATE_UNIT_ID",
        message: `Unit id "${unit.id}" appears more than once in file "${file.id}".`,
        line: unit.line,
        column: unit.column,
        path: unit.path,
      });
    }
    seen.add(unit.id);
  }
  return problems;
}
