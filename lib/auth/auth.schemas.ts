import { z } from "zod";
import { checkPasswordStrength } from "./password-policy";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

// Every character of the 200 counts (argon2id hashes the whole password).
export const passwordSchema = z
  .string()
  .min(10, "PASSWORD_TOO_SHORT")
  .max(200)
  .superRefine((password, ctx) => {
    if (password.length < 10) return;
    const strength = checkPasswordStrength(password);
    if (strength.acceptable) return;
    ctx.addIssue({
      code: "custom",
      message: "PASSWORD_TOO_WEAK",
      params: { score: strength.score, warning: strength.warning, suggestions: strength.suggestions },
    });
  });
