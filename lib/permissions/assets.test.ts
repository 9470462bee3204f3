// Asset permissions with the files on the local disk (the default store).
import { describeAssetPermissions } from "@/lib/testing/asset-permissions-suite";

describeAssetPermissions({ name: "local disk" });
