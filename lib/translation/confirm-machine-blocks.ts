// A person accepts the machine-filled (TM, MT) texts of a variant as they are: one save with
// `confirm: true` for every unconfirmed block, against the version the person saw.
import { z } from "zod";
import { defineOperation } from "@/lib/operations/define-operation";
import { canEverEditVariants } from "@/lib/permissions/variants";
import { loadCheckData } from "@/lib/variants/check-variant-text";
import { loadVariant } from "@/lib/variants/load-variant";
import { saveVariantBlocks } from "@/lib/variants/save-variant-blocks";

export const confirmMachineBlocksSchema = z.object({
  variantId: z.string().min(1).max(100),
  /** The version the person confirmed (the editor's current one): a newer one is a conflict. */
  version: z.number().int().min(1),
});

export const confirmMachineBlocks = defineOperation({
  name: "variant.confirm_machine_text",
  input: confirmMachineBlocksSchema,
  authorize: canEverEditVariants,
  // The checker's data is read through the shared client before the transaction opens (PGlite).
  transaction: false,
  run: async ({ actor, input, tx: db }) => {
    const checkData = await loadCheckData();
    const variant = await loadVariant(actor, input.variantId, "edit", db);
    const blocks = variant.blocks.filter((vb) => !vb.confirmed).map((vb) => ({ blockId: vb.blockId, confirm: true as const }));
    if (blocks.length === 0) return { confirmed: 0, version: variant.version };
    const saved = await saveVariantBlocks(actor, { variantId: variant.id, version: input.version, blocks }, undefined, { checkData, imported: true });
    return { confirmed: blocks.length, version: saved.version };
  },
});
