import { z } from "zod";
import { passwordSchema } from "@/lib/auth/auth.schemas";
import { UI_LOCALES } from "@/lib/i18n/config";
import { ROLES } from "@/lib/permissions/roles";

export const roleSchema = z.enum(ROLES);

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email(),
  name: z.string().trim().min(1).max(120),
  role: roleSchema,
  marketIds: z.array(z.string()).default([]),
  password: passwordSchema,
  uiLocale: z.enum(UI_LOCALES).default("en"),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(120).optional(),
  role: roleSchema.optional(),
  marketIds: z.array(z.string()).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ id: z.string().min(1), password: passwordSchema });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const preferencesSchema = z.object({
  uiLocale: z.enum(UI_LOCALES).optional(),
  theme: z.enum(["system", "light", "dark"]).optional(),
});
export type PreferencesInput = z.infer<typeof preferencesSchema>;
