// New passwords: at least 10 characters and not guessable. zxcvbn-ts scores a password against
// the common-password and word lists it ships (@zxcvbn-ts/language-common) and patterns
// (keyboard walks, dates, repeats); a score below 3 is refused with its feedback codes, which
// the UI translates.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors";

const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

export interface PasswordStrength {
  acceptable: boolean;
  score: number;
  /** zxcvbn feedback keys, e.g. warning "commonPassword", suggestions ["anotherWord"]. */
  warning: string | null;
  suggestions: string[];
}

export function checkPasswordStrength(password: string, userInputs: string[] = []): PasswordStrength {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  const result = factory.check(password, userInputs);
  return {
    acceptable: result.score >= MIN_SCORE,
    score: result.score,
    warning: result.feedback.warning ?? null,
    suggestions: result.feedback.suggestions,
  };
}

/** Refuses a guessable new password with 422 PASSWORD_TOO_WEAK and zxcvbn's feedback codes. */
export function requireStrongPassword(password: string, userInputs: string[] = []): void {
  const strength = checkPasswordStrength(password, userInputs);
  if (strength.acceptable) return;
  throw new AppError("PASSWORD_TOO_WEAK", {
    status: 422,
    message: "The password is too easy to guess",
    details: { path: "password", score: strength.score, warning: strength.warning, suggestions: strength.suggestions },
  });
}
