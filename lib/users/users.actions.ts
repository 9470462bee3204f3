"use server";
import { cookies } from "next/headers";
import { memberAction } from "@/lib/actions/action-client";
import { setPreferences } from "./set-preferences";
import { createUserSchema, preferencesSchema, resetPasswordSchema, updateUserSchema } from "./user.schemas";
import { createUser } from "./create-user";
import { updateUser } from "./update-user";
import { resetPassword } from "./reset-password";

const savePreferences = memberAction("users.preferences", preferencesSchema, async (input, actor) => {
  const saved = await setPreferences(actor, input);
  const jar = await cookies();
  if (saved.uiLocale) jar.set("ui_locale", saved.uiLocale, { path: "/", sameSite: "lax", maxAge: 31536000 });
  if (saved.theme) jar.set("theme", saved.theme, { path: "/", sameSite: "lax", maxAge: 31536000 });
  return saved;
}, { revalidate: ["/"], authorize: setPreferences.authorize });

export async function savePreferencesAction(input: { uiLocale?: string; theme?: string }) {
  return savePreferences(input as never);
}

export const createUserAction = memberAction("users.create", createUserSchema, (input, actor) => createUser(actor, input), {
  revalidate: ["/admin/users"],
  authorize: createUser.authorize,
});

export const updateUserAction = memberAction("users.update", updateUserSchema, (input, actor) => updateUser(actor, input), {
  revalidate: ["/admin/users"],
  authorize: updateUser.authorize,
});

export const resetPasswordAction = memberAction("users.resetPassword", resetPasswordSchema, async (input, actor) => {
  await resetPassword(actor, input);
  return null;
}, { authorize: resetPassword.authorize });
