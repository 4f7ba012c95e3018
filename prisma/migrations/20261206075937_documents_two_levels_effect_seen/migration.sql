-- AlterEnum
ALTER TYPE "DocumentState" ADD VALUE 'ENDORSED';

-- AlterTable
ALTER TABLE "LegalDocument" ADD COLUMN     "effectSeen" "DocumentEffect";

-- Documents already published have been seen with the effect their dates give today (Vietnam time), so
-- the scheduler's first run notifies only what changes from now on.
UPDATE "LegalDocument" d SET "effectSeen" = (CASE WHEN d."effectSet" IS NOT NULL THEN d."effectSet"::text
    WHEN d."expiresOn" IS NOT NULL AND d."expiresOn" <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'EXPIRED'
    WHEN d."effectiveFrom" IS NOT NULL AND d."effectiveFrom" > (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'NOT_YET'
    ELSE 'IN_FORCE' END)::"DocumentEffect"
  WHERE d.state = 'PUBLISHED';
