// The same asset permission tests with the files in a real S3-compatible server (s3rver).
import { startS3TestServer } from "@/lib/testing/s3-test-server";
import { describeAssetPermissions } from "@/lib/testing/asset-permissions-suite";

describeAssetPermissions({
  name: "S3",
  start: async () => {
    const server = await startS3TestServer();
    return { storage: server.storage, stop: () => server.close() };
  },
});
