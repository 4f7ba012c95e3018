-- DropIndex
DROP INDEX "StoredFile_storageKey_key";

-- CreateIndex
CREATE INDEX "StoredFile_storageKey_idx" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_variants_idx" ON "StoredFile" USING GIN ("variants" jsonb_path_ops);
