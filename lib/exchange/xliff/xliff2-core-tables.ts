// The XLIFF 2 core schema as tables: attributes and value lists per element, where elements may
// appear. Read by check-xliff2-structure.ts.

/** Module namespaces whose attributes the core allows on inline codes and other closed elements. */
export const INLINE_MODULES = new Set([
  "urn:oasis:names:tc:xliff:fs:2.0",
  "urn:oasis:names:tc:xliff:sizerestriction:2.0",
  "urn:oasis:names:tc:xliff:changetracking:2.0",
  "http://www.w3.org/2005/11/its",
  "urn:oasis:names:tc:xliff:itsm:2.1",
  "urn:oasis:names:tc:xliff:itsm:2.2",
]);

/** Core attributes per element; `other: true` where the schema also takes any foreign attribute. */
export const ATTRIBUTES: Record<string, { names: string[]; other: "any" | "modules" | "none" }> = {
  xliff: { names: ["version", "srcLang", "trgLang", "xml:space", "xml:lang"], other: "any" },
  file: { names: ["id", "canResegment", "original", "translate", "srcDir", "trgDir", "xml:space", "xml:lang"], other: "any" },
  skeleton: { names: ["href"], other: "none" },
  group: { names: ["id", "name", "canResegment", "translate", "srcDir", "trgDir", "type", "xml:space", "xml:lang"], other: "any" },
  unit: { names: ["id", "name", "canResegment", "translate", "srcDir", "trgDir", "xml:space", "type", "xml:lang"], other: "any" },
  segment: { names: ["id", "canResegment", "state", "subState"], other: "none" },
  ignorable: { names: ["id"], other: "none" },
  notes: { names: [], other: "none" },
  note: { names: ["id", "appliesTo", "category", "priority", "ref"], other: "any" },
  originalData: { names: [], other: "none" },
  data: { names: ["id", "dir", "xml:space"], other: "none" },
  source: { names: ["xml:lang", "xml:space"], other: "none" },
  target: { names: ["xml:lang", "xml:space", "order"], other: "none" },
  cp: { names: ["hex"], other: "none" },
  ph: { names: ["canCopy", "canDelete", "canReorder", "copyOf", "disp", "equiv", "id", "dataRef", "subFlows", "subType", "type"], other: "modules" },
  pc: {
    names: ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dispEnd", "dispStart", "equivEnd", "equivStart", "id", "dataRefEnd", "dataRefStart", "subFlowsEnd", "subFlowsStart", "subType", "type", "dir"],
    other: "modules",
  },
  sc: { names: ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv", "id", "isolated", "subFlows", "subType", "type"], other: "modules" },
  ec: {
    names: ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dataRef", "dir", "disp", "equiv", "id", "isolated", "startRef", "subFlows", "subType", "type"],
    other: "modules",
  },
  mrk: { names: ["id", "translate", "type", "ref", "value"], other: "any" },
  sm: { names: ["id", "translate", "type", "ref", "value"], other: "any" },
  em: { names: ["startRef"], other: "none" },
};

export const YES_NO = ["yes", "no"];
export const VALUES: Record<string, readonly string[]> = {
  canResegment: YES_NO,
  translate: YES_NO,
  canCopy: YES_NO,
  canDelete: YES_NO,
  canOverlap: YES_NO,
  isolated: YES_NO,
  canReorder: ["yes", "no", "firstNo"],
  state: ["initial", "translated", "reviewed", "final"],
  srcDir: ["ltr", "rtl", "auto"],
  trgDir: ["ltr", "rtl", "auto"],
  dir: ["ltr", "rtl", "auto"],
  "xml:space": ["default", "preserve"],
};
export const XLIFF12_ATTRIBUTES = new Set(["ctype", "equiv-text", "datatype", "resname", "restype", "xid", "rid", "mtype", "approved", "phase-name", "help-id", "extradata", "extype", "maxwidth", "size-unit"]);
/** The subType values the core defines, with the type each requires. */
export const XLF_SUBTYPES: Record<string, string> = { "xlf:lb": "fmt", "xlf:pb": "fmt", "xlf:b": "fmt", "xlf:i": "fmt", "xlf:u": "fmt", "xlf:var": "ui" };
export const CODE_TYPES = ["fmt", "ui", "quote", "link", "image", "other"];
export const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;
/** BCP 47 in the shape the schema's xs:language takes. */
export const LANGUAGE = /^(?:[a-zA-Z]{2,3}|[a-zA-Z]{5,8}|[xXiI](?=-))(?:-[a-zA-Z0-9]{1,8})*$/;

/** Where core elements may appear: the allowed parents of each. */
export const PARENTS: Record<string, string[]> = {
  file: ["xliff"],
  skeleton: ["file"],
  group: ["file", "group"],
  unit: ["file", "group"],
  notes: ["xliff", "file", "group", "unit"],
  note: ["notes"],
  originalData: ["unit"],
  data: ["originalData"],
  segment: ["unit"],
  ignorable: ["unit"],
  source: ["segment", "ignorable"],
  target: ["segment", "ignorable"],
};
export const INLINE = new Set(["cp", "ph", "pc", "sc", "ec", "mrk", "sm", "em"]);
export const INLINE_PARENTS = new Set(["source", "target", "pc", "mrk"]);

