// XLIFF 2.x core constraints beyond well-formedness (issue 16): which elements may hold which,
// in what order, with which attributes and values. Checked element by element at each end tag,
// while the units are still in the tree (parse-xliff.ts then takes them out), so a file is checked
// in the same single pass that reads it. Unit-internal rules (ids, segments, inline codes) are in
// check-xliff2-unit.ts. Every problem is XLIFF_INVALID with the rule it breaks.
import type { XmlElement } from "@/lib/core/xml/xml-tree";
import { getElementPath, getNodeLocation } from "@/lib/core/xml/element-path";
import { checkExtensionId, checkRef, recordSubFlows, resolveSubFlows, type ReferenceState } from "./check-xliff2-references";
import type { XliffProblem } from "./xliff.types";
import { ATTRIBUTES, CODE_TYPES, INLINE, INLINE_MODULES, INLINE_PARENTS, LANGUAGE, NMTOKEN, PARENTS, VALUES, XLF_SUBTYPES, XLIFF12_ATTRIBUTES } from "./xliff2-core-tables";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

export type StructureState = {
  ns: string | null;
  /** 2.2 allows notes and metadata on <xliff> itself. */
  is22: boolean;
  problems: XliffProblem[];
  warnings: XliffProblem[];
  /** Containers (file, group) in which a unit or group has ended: later notes or extensions are misplaced. */
  hadContent: WeakSet<XmlElement>;
  sawTarget: boolean;
  /** The <xliff> element, found once. */
  root?: XmlElement;
  /** Group ids per file element: unique within a file. */
  groupIds: WeakMap<XmlElement, Set<string>>;
} & ReferenceState;

export function newStructureState(ns: string | null, version: string, problems: XliffProblem[], warnings: XliffProblem[]): StructureState {
  return { ns, is22: version === "2.2", problems, warnings, hadContent: new WeakSet(), sawTarget: false, groupIds: new WeakMap(), subFlows: new WeakMap(), extensionIds: new WeakMap() };
}

export function invalid(state: { problems: XliffProblem[] }, el: XmlElement, rule: string, message: string): void {
  state.problems.push({ code: "XLIFF_INVALID", rule: `xliff2:${rule}`, message, ...getNodeLocation(el), path: getElementPath(el) });
}

const ASCII_NMTOKEN = /^[A-Za-z0-9._:-]+$/;
const EXTENSION_HOSTS = new Set(["file", "skeleton", "group", "unit", "note", "mrk", "sm"]);
const CODES = new Set(["ph", "pc", "sc", "ec"]);

const isCore = (el: XmlElement, ns: string | null) => (el.namespaceURI || null) === ns;

/** Checks one element at its end tag (its subtree complete but for units already read). */
export function checkXliff2Element(el: XmlElement, state: StructureState): void {
  const parent = el.parentNode;
  if (!isCore(el, state.ns)) {
    // Extension elements: never directly in <xliff>, in inline content or in the closed elements.
    if (parent && isCore(parent, state.ns)) {
      const p = parent.localName;
      if (!(EXTENSION_HOSTS.has(p) || (state.is22 && p === "xliff")) || (p !== "unit" && state.hadContent.has(parent))) {
        invalid(state, el, "extension.placement", `The extension element <${el.nodeName}> may not appear here in <${p}>.`);
      }
      if (p === "unit" && parent.firstChild && hasCoreBefore(el, state.ns)) {
        invalid(state, el, "extension.placement", `The extension element <${el.nodeName}> must come before the core elements of <unit>.`);
      }
    }
    checkExtensionId(el, state, (rule, message) => invalid(state, el, rule, message));
    return;
  }
  // Core elements inside a module's elements (a match's source and target) follow that module's rules.
  if (parent && !isCore(parent, state.ns)) return;
  const name = el.localName;
  checkAttributes(el, name, state);
  const allowedParents = PARENTS[name];
  const parentName = parent && isCore(parent, state.ns) ? parent.localName : parent ? "extension" : null;
  if (name === "xliff") {
    if (parent) invalid(state, el, "xliff.root", "<xliff> may only be the root element.");
    else checkRoot(el, state);
    return;
  }
  if (name === "notes" && parentName === "xliff" && !state.is22) {
    invalid(state, el, "notes.placement", "<notes> on <xliff> is XLIFF 2.2; this file declares an earlier version.");
  } else if (allowedParents && (!parentName || !allowedParents.includes(parentName))) {
    invalid(state, el, `${name}.placement`, `<${name}> may not appear in <${parent?.nodeName ?? "(root)"}>.`);
  } else if (INLINE.has(name) && parentName && !INLINE_PARENTS.has(parentName) && !(name === "cp" && parentName === "data")) {
    invalid(state, el, `${name}.placement`, `Inline element <${name}> may not appear in <${parent?.nodeName}>.`);
  } else if (!allowedParents && !INLINE.has(name)) {
    invalid(state, el, "element.unknown", `<${name}> is not an element of XLIFF 2 core.`);
  }
  if (name === "target") state.sawTarget = true;
  if ((name === "unit" || name === "group") && parent) state.hadContent.add(parent);
  if ((name === "notes" || name === "skeleton") && parent && state.hadContent.has(parent)) {
    invalid(state, el, `${name}.order`, `<${name}> must come before the units and groups of <${parent.localName}>.`);
  }
  if (name === "notes" && childElements(el).filter((c) => c.localName === "note").length === 0) {
    invalid(state, el, "notes.note", "<notes> must hold at least one <note>.");
  }
  if (name === "originalData" && !childElements(el).some((c) => c.localName === "data")) {
    invalid(state, el, "originalData.data", "<originalData> must hold at least one <data>.");
  }
  if (name === "skeleton") {
    const hasHref = el.getAttribute("href") !== null;
    const hasContent = !!el.firstChild && (childElements(el).length > 0 || el.textContent.trim() !== "");
    if (hasHref === hasContent) invalid(state, el, "skeleton.hrefOrContent", "<skeleton> must have either an href or content, not both or neither.");
  }
  if (name === "unit" || CODES.has(name)) recordSubFlows(el, name, state, (rule, message) => invalid(state, el, rule, message));
  if (name === "file") checkFile(el, state);
  if (name === "group") checkGroupId(el, state);
  if (name === "notes") checkUniqueIds(childElements(el), "note.idUnique", state);
  if (name === "cp") checkCp(el, state);
  if ((name === "mrk" || name === "sm") && el.getAttribute("ref")?.startsWith("#")) checkRef(el, (rule, message) => invalid(state, el, rule, message));
  if (name === "source" || name === "target") {
    state.root ??= rootOf(el);
    const expected = state.root.getAttribute(name === "source" ? "srcLang" : "trgLang");
    // Source and target inherit xml:lang from their unit, group, file or the root.
    const lang = inheritedLang(el);
    if (lang === null) return;
    if (expected !== null && lang.toLowerCase() !== expected.toLowerCase()) {
      invalid(state, el, `${name}.xml:lang`, `<${name} xml:lang="${lang}"> differs from the file's ${name === "source" ? "srcLang" : "trgLang"} "${expected}".`);
    }
  }
}

function checkRoot(root: XmlElement, state: StructureState): void {
  const srcLang = root.getAttribute("srcLang");
  if (srcLang !== null && !LANGUAGE.test(srcLang)) invalid(state, root, "xliff.srcLang", `srcLang "${srcLang}" is not a language tag.`);
  const trgLang = root.getAttribute("trgLang");
  if (trgLang !== null && !LANGUAGE.test(trgLang)) invalid(state, root, "xliff.trgLang", `trgLang "${trgLang}" is not a language tag.`);
  if (trgLang === null && state.sawTarget) invalid(state, root, "xliff.trgLang", "The file has <target> elements but <xliff> has no trgLang.");
  const files = childElements(root).filter((c) => isCore(c, state.ns) && c.localName === "file");
  if (files.length === 0) invalid(state, root, "xliff.file", "<xliff> must hold at least one <file>.");
  const ids = new Set<string>();
  for (const f of files) {
    const id = f.getAttribute("id");
    if (id === null) continue;
    if (ids.has(id)) invalid(state, f, "file.idUnique", `File id "${id}" appears more than once.`);
    ids.add(id);
  }
}

function checkFile(file: XmlElement, state: StructureState): void {
  if (!state.hadContent.has(file)) invalid(state, file, "file.content", `<file id="${file.getAttribute("id") ?? ""}"> holds no <unit> or <group>.`);
  resolveSubFlows(file, state);
}


function checkGroupId(group: XmlElement, state: StructureState): void {
  const id = group.getAttribute("id");
  if (id === null) return invalid(state, group, "group.id", "A <group> has no id.");
  let file = group.parentNode;
  while (file && file.localName !== "file") file = file.parentNode;
  if (!file) return;
  const ids = state.groupIds.get(file) ?? new Set<string>();
  state.groupIds.set(file, ids);
  if (ids.has(id)) invalid(state, group, "group.idUnique", `Group id "${id}" appears more than once in the file.`);
  ids.add(id);
}

function checkCp(el: XmlElement, state: StructureState): void {
  const hex = el.getAttribute("hex") ?? "";
  const cp = /^[0-9a-fA-F]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(cp)) invalid(state, el, "cp.hex", `<cp hex="${hex}"> is not a hexadecimal code point.`);
  // <cp> exists for the characters XML cannot carry as text; any other is written as itself.
  else if (cp > 0x10ffff || isXmlChar(cp)) invalid(state, el, "cp.hex", `<cp hex="${hex}"> is a character XML carries as text, or none at all.`);
}

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function checkAttributes(el: XmlElement, name: string, state: StructureState): void {
  const spec = ATTRIBUTES[name];
  if (!spec) return;
  for (const a of el.attributes) {
    if (a.name === "xmlns" || a.prefix === "xmlns") continue;
    const ns = a.namespaceURI;
    if (ns && ns !== XML_NS) {
      if (spec.other === "any" || (spec.other === "modules" && INLINE_MODULES.has(ns))) continue;
      invalid(state, el, `${name}.attributes`, `<${name}> may not carry the attribute ${a.name}.`);
      continue;
    }
    if (!spec.names.includes(a.name)) {
      // XLIFF 1.2 attributes that 2.x writers carry over (locize, older converters) mean nothing
      // here and lose nothing: reported, not refused. Any other stray attribute is an error.
      if (XLIFF12_ATTRIBUTES.has(a.name)) {
        state.warnings.push({ code: "XLIFF_IGNORED_ATTRIBUTE", rule: `xliff2:${name}.attributes`, message: `The XLIFF 1.2 attribute ${a.name} on <${name}> was ignored.`, ...getNodeLocation(el), path: getElementPath(el) });
      } else invalid(state, el, `${name}.attributes`, `<${name}> may not carry the attribute ${a.name}.`);
      continue;
    }
    const values = VALUES[a.name];
    if (values && !values.includes(a.value)) invalid(state, el, `${name}.${a.name}`, `${a.name}="${a.value}" on <${name}> is not one of ${values.join(", ")}.`);
    // ASCII ids first: the Unicode property regex costs several times more per id.
    if (a.name === "id" && !ASCII_NMTOKEN.test(a.value) && !NMTOKEN.test(a.value)) invalid(state, el, `${name}.id`, `id "${a.value}" on <${name}> is not an NMTOKEN.`);
    if (a.name === "xml:lang" && !LANGUAGE.test(a.value)) invalid(state, el, `${name}.xml:lang`, `xml:lang "${a.value}" is not a language tag.`);
    if (a.name === "type" && CODES.has(name) && !CODE_TYPES.includes(a.value)) {
      invalid(state, el, `${name}.type`, `type="${a.value}" on <${name}> is not one of ${CODE_TYPES.join(", ")}.`);
    }
  }
  const subType = el.getAttribute("subType");
  if (subType !== null && (CODES.has(name) || name === "group" || name === "unit")) {
    const type = el.getAttribute("type");
    if (type === null) invalid(state, el, `${name}.subType`, `<${name}> has a subType but no type.`);
    else if (subType.startsWith("xlf:") && CODES.has(name) && XLF_SUBTYPES[subType] !== type) {
      const expected = XLF_SUBTYPES[subType];
      invalid(state, el, `${name}.subType`, expected ? `subType="${subType}" needs type="${expected}", not "${type}".` : `subType="${subType}" is not one of the xlf: values.`);
    }
  }
  if ((name === "mrk" || name === "sm") && el.getAttribute("type") === "comment" && (el.getAttribute("value") === null) === (el.getAttribute("ref") === null)) {
    invalid(state, el, `${name}.comment`, `A comment <${name}> needs exactly one of value and ref.`);
  }
  if (name === "segment" && el.getAttribute("subState") !== null && el.getAttribute("state") === null) {
    invalid(state, el, "segment.subState", "A <segment> has a subState but no state.");
  }
}

/** Ids of these elements, where present, are unique among them. */
export function checkUniqueIds(els: readonly XmlElement[], rule: string, state: { problems: XliffProblem[] }): void {
  if (els.length < 2) return;
  const seen = new Set<string>();
  for (const el of els) {
    const id = el.getAttribute("id");
    if (id === null) continue;
    if (seen.has(id)) invalid(state, el, rule, `id "${id}" appears more than once among the <${el.localName}> elements here.`);
    seen.add(id);
  }
}

function inheritedLang(el: XmlElement): string | null {
  for (let n: XmlElement | null = el; n; n = n.parentNode) {
    const lang = n.getAttribute("xml:lang");
    if (lang !== null) return lang;
  }
  return null;
}

function rootOf(el: XmlElement): XmlElement {
  let root = el;
  while (root.parentNode) root = root.parentNode;
  return root;
}

function hasCoreBefore(el: XmlElement, ns: string | null): boolean {
  for (let n = el.previousSibling; n; n = n.previousSibling) if (n.nodeType === 1 && isCore(n, ns)) return true;
  return false;
}

export function childElements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n);
  return out;
}
