/** Shared shape of everything the checker reports. */

export type FindingSeverity = "error" | "warning" | "info";

export type FindingType =
  | "term"
  | "forbidden_term"
  | "deprecated_term"
  | "term_missing"
  | "dnt_altered"
  | "forbidden_phrase"
  | "forbidden_pattern"
  | "required_text_missing"
  | "too_long"
  | "style"
  | "rule_invalid"
  | "check_limit"
  | "placeholder"
  | "format";

export interface Finding {
  type: FindingType;
  /** Stable machine code, e.g. "TERM_FORBIDDEN". UIs translate by code. */
  code: string;
  severity: FindingSeverity;
  /** UTF-16 offsets into the ORIGINAL checked text; start === end for "missing" findings. */
  start: number;
  end: number;
  /** Short English message that says what to do. */
  message: string;
  data: Record<string, unknown>;
}
