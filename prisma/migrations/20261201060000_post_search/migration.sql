-- Full-text search (Query.search): a stored tsvector on "Post" with a GIN index, written by
-- triggers so that every write path keeps it current: the domain's writes, the scheduler, bulk
-- createMany (bench:data) and hand-written SQL alike. Weights: title A, summary and tag names B,
-- body C; English stemming and stop words.

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "searchVector" tsvector;

-- The document of one post. IMMUTABLE: the same text always gives the same vector.
CREATE FUNCTION "post_search_vector"(title text, summary text, body text, tag_names text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, coalesce(summary, '') || ' ' || coalesce(tag_names, '')), 'B')
      || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'C')
$$;

-- A post's tag names in the author's order, space-separated ('' without tags).
CREATE FUNCTION "post_tag_names"(post_id text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(t."name", ' ' ORDER BY pt."position"), '')
  FROM "PostTag" pt JOIN "Tag" t ON t."id" = pt."tagId"
  WHERE pt."postId" = post_id
$$;

-- Post insert, and updates that change its text.
CREATE FUNCTION "post_search_vector_row"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := "post_search_vector"(NEW."title", NEW."summary", NEW."body", "post_tag_names"(NEW."id"));
  RETURN NEW;
END
$$;

CREATE TRIGGER "Post_searchVector_insert" BEFORE INSERT ON "Post"
  FOR EACH ROW EXECUTE FUNCTION "post_search_vector_row"();
CREATE TRIGGER "Post_searchVector_update" BEFORE UPDATE OF "title", "summary", "body" ON "Post"
  FOR EACH ROW
  WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."summary" IS DISTINCT FROM NEW."summary" OR OLD."body" IS DISTINCT FROM NEW."body")
  EXECUTE FUNCTION "post_search_vector_row"();

-- Tags added to or removed from posts: once per statement, for the posts it touched (bulk inserts
-- of links cost one UPDATE, not one per link). A deleted tag's links go through here too.
CREATE FUNCTION "post_tags_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Post" p
  SET "searchVector" = "post_search_vector"(p."title", p."summary", p."body", "post_tag_names"(p."id"))
  WHERE p."id" IN (SELECT DISTINCT "postId" FROM changed_links);
  RETURN NULL;
END
$$;

CREATE TRIGGER "PostTag_searchVector_insert" AFTER INSERT ON "PostTag"
  REFERENCING NEW TABLE AS changed_links
  FOR EACH STATEMENT EXECUTE FUNCTION "post_tags_search_refresh"();
CREATE TRIGGER "PostTag_searchVector_delete" AFTER DELETE ON "PostTag"
  REFERENCING OLD TABLE AS changed_links
  FOR EACH STATEMENT EXECUTE FUNCTION "post_tags_search_refresh"();

-- A renamed tag: the posts carrying it.
CREATE FUNCTION "tag_rename_search_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Post" p
  SET "searchVector" = "post_search_vector"(p."title", p."summary", p."body", "post_tag_names"(p."id"))
  WHERE p."id" IN (SELECT pt."postId" FROM "PostTag" pt WHERE pt."tagId" = NEW."id");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Tag_searchVector_rename" AFTER UPDATE OF "name" ON "Tag"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name")
  EXECUTE FUNCTION "tag_rename_search_refresh"();

-- Backfill (touches only "searchVector", so the update trigger above does not fire).
UPDATE "Post" p SET "searchVector" = "post_search_vector"(p."title", p."summary", p."body", "post_tag_names"(p."id"));

-- CreateIndex
CREATE INDEX "Post_searchVector_idx" ON "Post" USING GIN ("searchVector");

-- PostFilter.search (title ILIKE '%…%') through a trigram index, where the server has pg_trgm
-- (PostgreSQL's contrib, in most packages and every managed service; PGlite loads it as an
-- extension). Without it, or without the right to create it, the title search scans the table:
-- same answers, slower at scale (docs/database.md).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'pg_trgm could not be created (%): the title search runs without its index', SQLERRM;
      RETURN;
    END;
    CREATE INDEX "Post_title_trgm_idx" ON "Post" USING GIN ("title" gin_trgm_ops);
  ELSE
    RAISE NOTICE 'pg_trgm is not available: the title search runs without its index';
  END IF;
END
$$;
