// Apertium names languages by ISO 639-3 codes ("eng", "spa"), some with a variety ("por_BR",
// "eng_US"); the workspace uses BCP 47 ("en", "es-ES"). This maps one to the other.
const ISO_639_3: Readonly<Record<string, string>> = {
  af: "afr", an: "arg", ar: "ara", ast: "ast", be: "bel", bg: "bul", br: "bre", ca: "cat", cs: "ces", cy: "cym",
  da: "dan", de: "deu", el: "ell", en: "eng", eo: "epo", es: "spa", et: "est", eu: "eus", fa: "fas", fi: "fin",
  fr: "fra", ga: "gle", gl: "glg", he: "heb", hi: "hin", hr: "hrv", hu: "hun", id: "ind", is: "isl", it: "ita",
  ja: "jpn", kk: "kaz", ko: "kor", lt: "lit", lv: "lav", mk: "mkd", ms: "msa", mt: "mlt", nb: "nob", nl: "nld",
  nn: "nno", no: "nob", oc: "oci", pl: "pol", pt: "por", ro: "ron", ru: "rus", sc: "srd", sk: "slk", sl: "slv",
  sq: "sqi", sr: "srp", sv: "swe", tr: "tur", uk: "ukr", ur: "urd", vi: "vie", zh: "zho",
};

/**
 * The Apertium code for a locale among the codes the server lists: the variety ("por_BR") when it
 * has one for the locale's region, else the plain language ("spa" for es-ES). Null: not served.
 */
export function apertiumCode(locale: string, served: ReadonlySet<string>): string | null {
  const [language = "", region] = locale.replace(/_/g, "-").split("-");
  const code = ISO_639_3[language.toLowerCase()] ?? (language.length === 3 ? language.toLowerCase() : undefined);
  if (!code) return null;
  if (region && served.has(`${code}_${region.toUpperCase()}`)) return `${code}_${region.toUpperCase()}`;
  return served.has(code) ? code : null;
}
