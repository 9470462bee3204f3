"use client";
// The global search's lookup: debounced while typing, the previous request aborted, stale answers
// dropped; and the "/" and Ctrl/Cmd+K shortcuts that focus the box.
import { type RefObject, useEffect, useRef, useState } from "react";

export type LookupTerm = { termId: string; term: string; locale: string; status: string; doNotTranslate: boolean; marketCode: string | null; backTranslation: string | null };
export type LookupConcept = { conceptId: string; subject: string | null; definition: string | null; matched: string[]; terms: LookupTerm[] };

export function useFocusShortcut(inputRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if ((e.key === "k" || e.key === "K") && (e.metaKey || e.ctrlKey)) {
        e.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      } else if (e.key === "/" && !typing) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [inputRef]);
}

export function useTermLookup() {
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [results, setResults] = useState<LookupConcept[]>([]);
  const [active, setActive] = useState(-1);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<AbortController | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
    inflight.current?.abort();
  }, []);

  // Debounced lookup, started from the input's change handler; stale answers are dropped.
  const search = (value: string) => {
    const query = value.trim();
    if (timer.current) clearTimeout(timer.current);
    inflight.current?.abort();
    const mine = ++seq.current;
    if (!query) {
      setResults([]);
      setLoading(false);
      return;
    }
    setLoading(true);
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      inflight.current = controller;
      try {
        const res = await fetch(`/api/lookup?q=${encodeURIComponent(query)}&limit=12`, { signal: controller.signal });
        if (!res.ok) throw new Error(String(res.status));
        const body = (await res.json()) as { concepts: LookupConcept[] };
        if (mine !== seq.current) return;
        setResults(body.concepts);
        setFailed(false);
        setActive(body.concepts.length ? 0 : -1);
      } catch (error) {
        if ((error as Error).name !== "AbortError" && mine === seq.current) setFailed(true);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    }, 120);
  };
  return { loading, failed, results, active, setActive, search };
}
