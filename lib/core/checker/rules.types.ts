/** Machine-checkable brand guideline rules. */

export const RULE_KINDS = ["forbidden_phrase", "forbidden_pattern", "required_text", "max_length", "style"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const STYLE_NAMES = ["no_exclamation", "no_all_caps_words", "no_double_spaces", "sentence_case"] as const;
export type StyleName = (typeof STYLE_NAMES)[number];

export const CHANNELS = ["email", "landing_page", "social", "banner", "push", "print", "sms"] as const;
export type Channel = (typeof CHANNELS)[number];

export const BLOCK_TYPES = ["headline", "subheadline", "body", "cta", "legal", "image", "custom"] as const;
export type BlockType = (typeof BLOCK_TYPES)[number];

/** Short copy (a line, not a paragraph): the editor offers a back-translation for these. */
export const SHORT_BLOCK_TYPES: ReadonlySet<string> = new Set<BlockType>(["headline", "subheadline", "cta"]);

export interface RuleSpec {
  id: string;
  kind: RuleKind;
  severity: "error" | "warning";
  /** null/undefined = all markets. */
  marketCode?: string | null;
  /** null/undefined = all channels. */
  channel?: string | null;
  /** Empty/undefined = all block types; otherwise the rule only runs for these. */
  blockTypes?: string[];
  /** forbidden_pattern: RE2 syntax (no backreferences/lookaround). */
  pattern?: string;
  /** forbidden_phrase / required_text: literal text (matched case/accent-insensitively). */
  phrase?: string;
  /** max_length: maximum user-perceived characters (grapheme clusters). */
  maxLength?: number;
  /** style: one of STYLE_NAMES. */
  style?: string;
  /** Overrides the default message. */
  message?: string;
}

/** Hard caps so user-supplied rules cannot make checks expensive. */
export const MAX_PATTERN_LENGTH = 500;
/**
 * RE2 is linear in text length, but the constant is the compiled program
 * size: "(\w+\s?){100}z" (600 instructions) takes ~0.7 s on 20k chars.
 * Capping both keeps the worst case of one rule around a few hundred ms.
 */
export const MAX_PATTERN_INSTRUCTIONS = 250;
export const MAX_PATTERN_TEXT_LENGTH = 20_000;
export const MAX_MATCHES_PER_RULE = 50;
