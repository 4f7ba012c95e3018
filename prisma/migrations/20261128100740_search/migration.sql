-- Accent-insensitive Vietnamese search, written by hand: schema.prisma cannot describe extensions,
-- functions or expression indexes, and Prisma's diff leaves all three alone (DATABASE.md trap 5).
-- Queries must use the indexed expression as is, e.g.
--   WHERE lower(immutable_unaccent(title)) LIKE '%' || lower(immutable_unaccent($1)) || '%'

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (it finds its dictionary through search_path), so it cannot be used in an
-- index. Naming the function and the dictionary with their schema makes the result depend on the
-- input alone, which is what IMMUTABLE promises. A SQL function rather than a C one, so a database
-- owner without superuser rights can create it.
-- The unaccent.rules shipped with PostgreSQL 15 (Debian and embedded-postgres) fold đ/Đ, but older or
-- customised dictionaries do not, and "đường" must match "duong": translate() makes sure.
CREATE OR REPLACE FUNCTION public.immutable_unaccent(text)
  RETURNS text
  LANGUAGE sql
  IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT pg_catalog.translate(public.unaccent('public.unaccent'::regdictionary, $1), 'đĐ', 'dD')
$$;

-- Trigram indexes serve LIKE/ILIKE '%…%' and similarity searches on the folded text.
CREATE INDEX "Article_title_search_idx" ON "Article" USING GIN (lower(public.immutable_unaccent("title")) gin_trgm_ops);
CREATE INDEX "Article_sapo_search_idx" ON "Article" USING GIN (lower(public.immutable_unaccent("sapo")) gin_trgm_ops);
CREATE INDEX "Article_bodyText_search_idx" ON "Article" USING GIN (lower(public.immutable_unaccent("bodyText")) gin_trgm_ops);
