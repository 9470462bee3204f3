import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

// Every character of the 200 counts (argon2id hashes the whole password). Whether it is too
// common is checked on the server when it is hashed (hashNewPassword): the word lists are too
// large for the forms' bundle.
export const passwordSchema = z.string().min(10, "PASSWORD_TOO_SHORT").max(200);
