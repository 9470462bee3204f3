// What POST /api/v1/check answers (lib/checker/run-check.ts).
import { z } from "zod";
import { findingSchema } from "@/lib/variants/variant.responses";

export const checkResponseSchema = z.object({ findings: z.array(findingSchema) });
