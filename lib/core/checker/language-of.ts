// The primary language subtag of a locale, lower case ("de-AT" → "de", "pt_BR" → "pt"): how the
// checker groups terms, picks case rules and compares source and target languages. Memoised:
// it runs for every text checked, and a workspace has few locales.
const languages = new Map<string, string>();

export function languageOf(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) {
    language = locale.split(/[-_]/)[0].toLowerCase();
    if (languages.size < 1000) languages.set(locale, language);
  }
  return language;
}
