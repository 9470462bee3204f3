"use client";
// Runs a server action from a form or a button: `pending` while it runs, the last failure as
// `error` (its code goes to <FormError>), and a refresh of the page's server data afterwards.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-client";

export type ActionError = { code: string; message?: string; details?: unknown };

export interface RunOptions<T> {
  onSuccess?: (data: T) => void;
  /**
   * "success" (default) refreshes after a success; "always" after a failure too, when a refusal
   * may mean the data moved on; "never" when the caller navigates itself or nothing shown changed.
   */
  refresh?: "success" | "always" | "never";
}

export function useServerAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const run = <T>(action: () => Promise<ActionResult<T>>, { onSuccess, refresh = "success" }: RunOptions<T> = {}) =>
    start(async () => {
      const result = await action();
      setError(result.ok ? null : result.error);
      if (result.ok) onSuccess?.(result.data);
      if (refresh === "always" || (refresh === "success" && result.ok)) router.refresh();
    });
  return { pending, error, setError, run };
}
