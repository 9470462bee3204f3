// The interface language of the current request: the signed-in user's profile, else the
// ui_locale cookie, else Accept-Language. One of the few lib files that touch next/*.
import { cookies, headers } from "next/headers";
import { getSessionActor } from "@/lib/auth";
import { isUiLocale, pickUiLocale, type UiLocale } from "./config";
import { createTranslator } from "./create-translator";

export async function getUiLocale(): Promise<UiLocale> {
  const actor = await getSessionActor();
  if (actor && isUiLocale(actor.uiLocale)) return actor.uiLocale;
  const cookie = (await cookies()).get("ui_locale")?.value;
  if (isUiLocale(cookie)) return cookie;
  return pickUiLocale((await headers()).get("accept-language"));
}

export async function getT() {
  const uiLocale = await getUiLocale();
  return { t: createTranslator(uiLocale), uiLocale };
}
