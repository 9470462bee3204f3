"use client";
// The one way a client form submits: read the fields, validate them with the same zod schema the
// server action parses (instant field errors; the server checks again), run the action with
// `pending` set, show a refusal's code through <FormError>, refresh the page's data on success.
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-client";
import { fieldErrors, type FieldErrors, serverIssues } from "./field-errors";
import { type RunOptions, useServerAction } from "./use-server-action";

type Issue = { path: PropertyKey[]; message: string; code: string; params?: unknown };

export type SchemaFormOptions<T> = RunOptions<T> & {
  /**
   * How issues become field errors: by default one code per top-level field; a form with nested
   * fields (e.g. "exposed.users") passes its own keying.
   */
  toFieldErrors?: (issues: ReadonlyArray<Issue>) => FieldErrors;
  /** Called as a submit starts, before validation (e.g. to hide the last "saved" note). */
  onSubmit?: () => void;
  /** "fields" (default): errors per field (see fieldError); "form": one VALIDATION_FAILED through <FormError>. */
  invalid?: "fields" | "form";
};

export function useSchemaForm<S extends z.ZodType, T>(
  schema: S,
  /**
   * Gets the input once the schema accepts it (as typed, not transformed: the server parses it
   * again), and the form's fields for what the schema does not carry (e.g. a checkbox an edit adds).
   */
  action: (input: z.input<S>, fields: FormData | null) => Promise<ActionResult<T>>,
  options: SchemaFormOptions<T> = {},
) {
  const { t } = useTranslation("common");
  const { pending, error, setError, run } = useServerAction();
  const [errors, setErrors] = useState<FieldErrors>({});
  const toFieldErrors = options.toFieldErrors ?? fieldErrors;

  /** Validates `values` and, when they pass, runs the action; per-call options add to the hook's. */
  const send = (values: unknown, extra: SchemaFormOptions<T> & { fields?: FormData } = {}): boolean => {
    options.onSubmit?.();
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      if ((extra.invalid ?? options.invalid) === "form") setError({ code: "VALIDATION_FAILED" });
      return false;
    }
    setErrors({});
    run(async () => {
      const result = await action(values as z.input<S>, extra.fields ?? null);
      // The server parses again (and may know more, e.g. a taken key): its problems go to their fields too.
      const issues = result.ok ? [] : serverIssues(result.error);
      if (issues.length) setErrors(toFieldErrors(issues));
      return result;
    }, {
      refresh: extra.refresh ?? options.refresh,
      onSuccess: (data) => {
        options.onSuccess?.(data);
        extra.onSuccess?.(data);
      },
    });
    return true;
  };
  const submit = (values: z.input<S>, extra: SchemaFormOptions<T> = {}): boolean => send(values, extra);

  /** A form's onSubmit: `read` turns the form's fields into the schema's input (the schema checks it). */
  const handleSubmit =
    (read: (fields: FormData, form: HTMLFormElement) => unknown, extra: { onSuccess?: (data: T, form: HTMLFormElement) => void } = {}) =>
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      const fields = new FormData(form);
      send(read(fields, form), { fields, onSuccess: (data) => extra.onSuccess?.(data, form) });
    };

  /** The translated message for a field's error code, or undefined. */
  const fieldError = (field: string): string | undefined => (errors[field] ? t(`validation.${errors[field]}`) : undefined);

  return { pending, error, setError, errors, fieldError, submit, handleSubmit };
}
