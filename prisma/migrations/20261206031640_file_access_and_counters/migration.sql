-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "unitId" INTEGER;

-- CreateTable
CREATE TABLE "ArticleFileKey" (
    "articleId" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ArticleFileKey_pkey" PRIMARY KEY ("articleId","storageKey")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CountedVisit" (
    "kind" TEXT NOT NULL,
    "subjectId" INTEGER NOT NULL,
    "addressHash" TEXT NOT NULL,
    "countedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CountedVisit_pkey" PRIMARY KEY ("kind","subjectId","addressHash")
);

-- CreateTable
CREATE TABLE "UsedFormToken" (
    "tokenHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsedFormToken_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "ArticleFileKey_storageKey_idx" ON "ArticleFileKey"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_createdAt_idx" ON "PasswordResetToken"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "CountedVisit_countedAt_idx" ON "CountedVisit"("countedAt");

-- CreateIndex
CREATE INDEX "UsedFormToken_usedAt_idx" ON "UsedFormToken"("usedAt");

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleFileKey" ADD CONSTRAINT "ArticleFileKey_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Files uploaded before this migration: the unit their upload's audit entry names.
UPDATE "StoredFile" f SET "unitId" = (e."change"->>'unitId')::int
FROM "AuditEntry" e
WHERE e."action" = 'file.upload' AND e."targetType" = 'StoredFile' AND e."targetId" = f."id"::text
  AND (e."change"->>'unitId') ~ '^[0-9]+$'
  AND EXISTS (SELECT 1 FROM "Unit" u WHERE u."id" = (e."change"->>'unitId')::int);

-- The keys every existing article shows (current) or showed in a revision: cover, attachments and
-- body images, each with its smaller sizes.
WITH shown_files AS (
  SELECT "id" AS article_id, "coverImageId" AS file_id, true AS current FROM "Article" WHERE "coverImageId" IS NOT NULL
  UNION SELECT "articleId", "fileId", true FROM "ArticleAttachment"
  UNION SELECT r."articleId", (r."fields"->>'coverImageId')::int, false FROM "ArticleRevision" r
    WHERE jsonb_typeof(r."fields"->'coverImageId') = 'number'
  UNION SELECT r."articleId", (a->>'fileId')::int, false FROM "ArticleRevision" r,
    jsonb_array_elements(CASE WHEN jsonb_typeof(r."fields"->'attachments') = 'array' THEN r."fields"->'attachments' ELSE '[]'::jsonb END) a
    WHERE jsonb_typeof(a->'fileId') = 'number'
),
body_keys AS (
  SELECT "id" AS article_id, substr(src #>> '{}', 6) AS storage_key, true AS current
    FROM "Article", jsonb_path_query("body", 'strict $.**.src') src WHERE src #>> '{}' LIKE '/tep/%'
  UNION SELECT "articleId", substr(src #>> '{}', 6), false
    FROM "ArticleRevision", jsonb_path_query("body", 'strict $.**.src') src WHERE src #>> '{}' LIKE '/tep/%'
),
shown_keys AS (
  SELECT s.article_id, f."storageKey" AS storage_key, s.current FROM shown_files s JOIN "StoredFile" f ON f."id" = s.file_id
  UNION SELECT s.article_id, v->>'storageKey', s.current FROM shown_files s JOIN "StoredFile" f ON f."id" = s.file_id, jsonb_array_elements(f."variants") v
  UNION SELECT article_id, storage_key, current FROM body_keys
  UNION SELECT b.article_id, v->>'storageKey', b.current FROM body_keys b JOIN "StoredFile" f ON f."storageKey" = b.storage_key, jsonb_array_elements(f."variants") v
)
INSERT INTO "ArticleFileKey" ("articleId", "storageKey", "current")
SELECT article_id, storage_key, bool_or(current) FROM shown_keys WHERE storage_key IS NOT NULL GROUP BY article_id, storage_key
ON CONFLICT DO NOTHING;
