import type { XmlProblem } from "@/lib/core/xml/xml-problem";

export type XliffVersion = "1.2" | "2.0" | "2.1" | "2.2";

/**
 * Inline code kinds. XLIFF 1.2: x, g, bx, ex, bpt, ept, it, ph12 (1.2's native `<ph>`),
 * mrk, sub. XLIFF 2.x: ph, pc, sc, ec, mrk, sm, em. Kinds are kept per version rather
 * than merged so that re-exporting in the same version loses nothing.
 */
export type InlineKind =
  | "ph"
  | "pc"
  | "sc"
  | "ec"
  | "x"
  | "g"
  | "bx"
  | "ex"
  | "bpt"
  | "ept"
  | "it"
  | "mrk"
  | "sm"
  | "em"
  | "ph12"
  | "sub";

export type InlineCode = {
  kind: InlineKind;
  id?: string;
  /** 1.2 `equiv-text`, 2.x `equiv` (or `equivStart` on pc). */
  equiv?: string;
  /** 2.x `disp` (or `dispStart` on pc). */
  disp?: string;
  /** 2.x `dataRef` (or `dataRefStart` on pc). */
  dataRef?: string;
  /** The `<data>` text that `dataRef` points to, resolved from the unit's originalData. */
  originalData?: string;
  /** For pc: the `<data>` text behind `dataRefEnd`. */
  originalDataEnd?: string;
  /** Content of paired codes (g, pc, mrk) or native code text (bpt, ept, it, ph12, sub). */
  content?: Inline[];
  /** Every attribute as written (qualified names), so nothing is lost on re-export. */
  attrs: Record<string, string>;
};

/** Text runs and inline codes in document order. */
export type Inline = string | InlineCode;

export type XliffUnit = {
  id: string;
  /** 2.x unit@name. */
  name?: string;
  /** 1.2 trans-unit@resname. */
  resname?: string;
  /** Effective translate flag (inherited from file/group when not set on the unit). */
  translate: boolean;
  /** State in the document's own vocabulary (1.2 target@state or 2.x segment@state). */
  state?: string;
  /** Maximum length in characters (1.2 maxwidth with size-unit="char"; 2.x slr:sizeRestriction). */
  maxLength?: number;
  notes: string[];
  source: Inline[];
  target?: Inline[];
  /**
   * Segments with source text but no translation, in a unit where other segments are translated
   * (its `target` then joins only part of the text). Absent when every segment or none is.
   */
  untranslatedSegments?: number;
  /** Ids of enclosing groups, outermost first (groups are flattened). */
  groups: string[];
  line: number;
  column: number;
  path: string;
};

export type XliffFile = {
  id: string;
  original?: string;
  /** 1.2 only: a file may carry its own languages. */
  srcLang?: string;
  trgLang?: string;
  notes: string[];
  units: XliffUnit[];
};

export type XliffDocument = {
  version: XliffVersion;
  srcLang: string;
  trgLang?: string;
  files: XliffFile[];
};

export type XliffProblem = XmlProblem;

export type ParseXliffResult =
  | { ok: true; doc: XliffDocument; warnings: XliffProblem[] }
  | { ok: false; problems: XliffProblem[] };
