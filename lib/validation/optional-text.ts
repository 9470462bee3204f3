// A free-text field that may be left out: trimmed, at most `max` characters, and null when
// missing or blank, for the schemas that forms, actions and the API share.
import { z } from "zod";
import { INVALID_TEXT, isStorableText } from "./storable-text";

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(isStorableText, INVALID_TEXT)
    .nullish()
    .transform((v) => (v ? v : null));
