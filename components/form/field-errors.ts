// zod issues → one message code per top-level field, for forms sharing the server's schema.
export type FieldErrors = Record<string, string | undefined>;

export function fieldErrors(issues: ReadonlyArray<{ path: PropertyKey[]; message: string; code: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "_");
    // Our schemas use codes as messages (e.g. "MARKET_CODE_INVALID"); zod's own fall back to its issue code.
    errors[field] ??= /^[A-Z_]+$/.test(issue.message) ? issue.message : issue.code;
  }
  return errors;
}

/**
 * The server's VALIDATION_FAILED details ({ path: "a.b", code, message }[]) as issues, so the same
 * keying puts them at their fields; anything else (other codes, other details) gives none.
 */
export function serverIssues(error: { code: string; details?: unknown } | null | undefined): Array<{ path: string[]; code: string; message: string }> {
  if (error?.code !== "VALIDATION_FAILED" || !Array.isArray(error.details)) return [];
  return (error.details as Array<{ path: string; code: string; message: string }>).map((d) => ({ ...d, path: d.path.split(".") }));
}
