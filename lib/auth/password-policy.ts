// New passwords: at least 10 characters and not guessable. zxcvbn-ts scores a password against
// the common-password and word lists it ships (@zxcvbn-ts/language-common) and patterns
// (keyboard walks, dates, repeats); a score below 3 is refused with its feedback codes, which
// the UI translates.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

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
