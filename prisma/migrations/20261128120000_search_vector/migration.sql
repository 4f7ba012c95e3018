-- Public search answered from an index, written by hand like the search migration before it:
-- Prisma's diff leaves functions and expression indexes alone, so `migrate check` stays in sync (a
-- generated column would not: Prisma's next migration would drop it).
--
-- article_search_vector(title, sapo, "bodyText") is the tsvector of an article, kept only in a GIN
-- expression index over published articles. Its lexemes are
--   * the words of the folded text of each field (search_words: lower(immutable_unaccent(…)) cut at
--     every character that is not a letter or digit, the whole-word rule of the regular expressions
--     the search used before), and the runs of two and three consecutive words of one field
--     ("dat dai", "luat dat dai"), so that a quoted phrase is looked up as its runs of words;
--   * for ranking, where words stand: "t:" + the folded title's words and two-word runs, "e:" + the
--     same for the title as written (lower-cased, accents kept), "s:" + the same for the folded sapo.
-- Lexemes carry no positions and no weights, so the index answers a query by itself: the recheck
-- that phrase or weight queries need would compute this function again for every candidate row.
-- search_tsquery builds the queries from the same functions.
--
-- Limits: the first 1,000 characters of a title, 5,000 of a sapo and 300,000 of a body are read;
-- lexemes over 2,000 bytes are left out (a tsvector's limit is 2,047), and should an article's lexemes
-- pass 900,000 bytes (a tsvector holds 1 MB, and an error here would stop the article from being
-- saved) the last ones, the body's runs of words first, are left out.

-- The words of a text, folded (no diacritics, đ as d, lower case), in order.
CREATE OR REPLACE FUNCTION public.search_words(text)
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT pg_catalog.array_remove(pg_catalog.regexp_split_to_array(pg_catalog.lower(public.immutable_unaccent($1)), '[^[:alnum:]]+'), '')
$$;

-- The words of a text as written, only lower-cased.
CREATE OR REPLACE FUNCTION public.search_exact_words(text)
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT pg_catalog.array_remove(pg_catalog.regexp_split_to_array(pg_catalog.lower($1), '[^[:alnum:]]+'), '')
$$;

-- Every word and every run of 2 … max_run consecutive words (joined by a space), behind the prefix;
-- none longer than 2,000 bytes.
CREATE OR REPLACE FUNCTION public.search_lexemes(words text[], prefix text, max_run integer)
  RETURNS text[]
  LANGUAGE sql
  IMMUTABLE PARALLEL SAFE STRICT
AS $$
  SELECT pg_catalog.array_cat(pg_catalog.array_cat(
    (SELECT coalesce(pg_catalog.array_agg(prefix || a), '{}') FROM pg_catalog.unnest(words) AS a
     WHERE pg_catalog.octet_length(prefix || a) <= 2000),
    (SELECT coalesce(pg_catalog.array_agg(prefix || a || ' ' || b), '{}')
     FROM unnest(words[1:pg_catalog.cardinality(words) - 1], words[2:pg_catalog.cardinality(words)]) AS r(a, b)
     WHERE max_run >= 2 AND pg_catalog.octet_length(prefix || a || ' ' || b) <= 2000)),
    (SELECT coalesce(pg_catalog.array_agg(prefix || a || ' ' || b || ' ' || c), '{}')
     FROM unnest(words[1:pg_catalog.cardinality(words) - 2], words[2:pg_catalog.cardinality(words) - 1], words[3:pg_catalog.cardinality(words)]) AS r(a, b, c)
     WHERE max_run >= 3 AND pg_catalog.octet_length(prefix || a || ' ' || b || ' ' || c) <= 2000))
$$;

-- What the index holds for an article (see above). PL/pgSQL keeps its plans for the session, which
-- a SQL function calling SQL functions would not. COST tells the planner that computing it row by
-- row is never the cheap way to search.
CREATE OR REPLACE FUNCTION public.article_search_vector(title text, sapo text, body text)
  RETURNS tsvector
  LANGUAGE plpgsql
  IMMUTABLE PARALLEL SAFE
  COST 10000
AS $$
DECLARE
  title_words text[] := public.search_words(pg_catalog.left(coalesce(title, ''), 1000));
  sapo_words text[] := public.search_words(pg_catalog.left(coalesce(sapo, ''), 5000));
  lexemes text[];
BEGIN
  lexemes := public.search_lexemes(title_words, '', 3) || public.search_lexemes(title_words, 't:', 2)
    || public.search_lexemes(public.search_exact_words(pg_catalog.left(coalesce(title, ''), 1000)), 'e:', 2)
    || public.search_lexemes(sapo_words, '', 3) || public.search_lexemes(sapo_words, 's:', 2)
    || public.search_lexemes(public.search_words(pg_catalog.left(coalesce(body, ''), 300000)), '', 3);
  IF pg_catalog.octet_length(pg_catalog.array_to_string(lexemes, '')) > 900000 THEN
    SELECT pg_catalog.array_agg(lexeme ORDER BY n) INTO lexemes
    FROM (SELECT lexeme, n, sum(pg_catalog.octet_length(lexeme)) OVER (ORDER BY n) AS used
          FROM pg_catalog.unnest(lexemes) WITH ORDINALITY AS u(lexeme, n)) AS counted
    WHERE used <= 900000;
  END IF;
  RETURN pg_catalog.array_to_tsvector(coalesce(lexemes, '{}'));
END
$$;

-- The query for search terms (each a word, or a phrase's words separated by spaces; as typed): every
-- term must match, in one of the namespaces ('' anywhere, 't:' folded title, 'e:' title as written,
-- 's:' folded sapo). A term matches where its lexeme is, or for a phrase longer than the runs the
-- namespace holds (3 words anywhere, 2 in the others) where all its runs are. A term with no words, or
-- needing a lexeme too long to be indexed, matches nothing: the lexeme '#', which no text produces.
CREATE OR REPLACE FUNCTION public.search_tsquery(terms text[], namespaces text[])
  RETURNS tsquery
  LANGUAGE plpgsql
  IMMUTABLE PARALLEL SAFE STRICT
AS $$
DECLARE
  nothing CONSTANT tsquery := '''#'''::tsquery;
  result tsquery;
  term text;
  namespace text;
  words text[];
  run integer;
  lexeme text;
  single tsquery;
  needed tsquery;
  alternatives tsquery;
BEGIN
  FOREACH term IN ARRAY terms LOOP
    alternatives := NULL;
    FOREACH namespace IN ARRAY namespaces LOOP
      words := CASE WHEN namespace = 'e:' THEN public.search_exact_words(term) ELSE public.search_words(term) END;
      CONTINUE WHEN coalesce(pg_catalog.cardinality(words), 0) = 0;
      run := least(pg_catalog.cardinality(words), CASE WHEN namespace = '' THEN 3 ELSE 2 END);
      needed := NULL;
      FOR i IN 1 .. pg_catalog.cardinality(words) - run + 1 LOOP
        lexeme := namespace || pg_catalog.array_to_string(words[i:i + run - 1], ' ');
        IF pg_catalog.octet_length(lexeme) > 2000 THEN
          needed := NULL;
          EXIT;
        END IF;
        -- Quoted as tsquery input wants it; the words hold only letters and digits anyway.
        single := ('''' || pg_catalog.replace(pg_catalog.replace(lexeme, '\', '\\'), '''', '''''') || '''')::tsquery;
        needed := CASE WHEN needed IS NULL THEN single ELSE needed && single END;
      END LOOP;
      CONTINUE WHEN needed IS NULL;
      alternatives := CASE WHEN alternatives IS NULL THEN needed ELSE alternatives || needed END;
    END LOOP;
    result := CASE WHEN result IS NULL THEN coalesce(alternatives, nothing) ELSE result && coalesce(alternatives, nothing) END;
  END LOOP;
  RETURN coalesce(result, nothing);
END
$$;

-- Published and not in the bin: the condition of the index. A function, so that the search's query
-- names the condition as the index does (the planner then knows the index applies) without a
-- condition the other indexes on "state" could serve: given one, and statistics that think few
-- articles are published, the planner would read those articles and compute article_search_vector
-- for each, milliseconds an article, instead of asking this index.
CREATE OR REPLACE FUNCTION public.article_is_listed(state "ArticleState", deleted_at timestamp without time zone)
  RETURNS boolean
  LANGUAGE plpgsql
  IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
  RETURN state = 'PUBLISHED' AND deleted_at IS NULL;
END
$$;

-- Partial, the index also keeps its statistics out of the planner's estimates: a common word is then
-- never thought to match so many articles that computing the vector row by row would look cheaper.
-- New entries wait in a pending list that every search reads through, until it is merged into the
-- index (by autovacuum, or on an insert once it is full): 1 MB (about 60 articles) rather than 4.
CREATE INDEX "Article_search_vector_idx" ON "Article" USING GIN (public.article_search_vector("title", "sapo", "bodyText"))
  WITH (gin_pending_list_limit = 1024)
  WHERE public.article_is_listed("state", "deletedAt");
