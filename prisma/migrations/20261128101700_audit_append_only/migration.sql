-- The audit log is append-only, enforced by the database itself and not only by the application:
-- no UPDATE or DELETE of an "AuditEntry" row succeeds, whoever connects. Written by hand: schema.prisma
-- cannot describe triggers, and Prisma's diff leaves functions and triggers alone (DATABASE.md trap 5).
--
-- Consequences worth knowing:
-- * A user who appears in the log as actor cannot be deleted: the foreign key's ON DELETE SET NULL is an
--   UPDATE of "AuditEntry". Accounts are deactivated, never deleted.
-- * TRUNCATE is not blocked (it fires no row triggers); it needs the table owner and is what emptying a
--   scratch database does. `migrate reset` drops the schema altogether.

CREATE OR REPLACE FUNCTION public.audit_entry_append_only()
  RETURNS trigger
  LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'AuditEntry is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit entries are only ever inserted; record a correction as a new entry.';
END
$$;

CREATE TRIGGER "AuditEntry_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION public.audit_entry_append_only();
