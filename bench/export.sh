#!/usr/bin/env bash
# Static export benchmark: N live stories (default 5,000) on the embedded database, seeded straight
# into H2 (5 sections, 40 authors, 500 tags; two bylines, two tags and a 3 KB Markdown body a story),
# then `java -jar cms-app.jar export` timed with /usr/bin/time: a full export, an incremental one with
# nothing changed, and an incremental one after one story changed. Wall-clock seconds and the peak
# resident set (max RSS) of each, and the CPU time used (user + system: on a busy machine the fairer
# figure). The first line of each is the JVM and the application context starting, the export's own
# time is in its summary. Results go into docs/performance.md.
#
#   bash bench/export.sh [stories] [java options…]   (build the jar first: mvn -q -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
stories=${1:-5000}
shift || true
jar=$PWD/cms-app/target/cms-app.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -q -B -DskipTests package" >&2; exit 1; }
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
export CMS_DATA_DIR=$work/data CMS_ADMIN_PASSWORD=bench-admin-password CMS_BASE_URL=https://news.example.org
export CMS_TIMEZONE=UTC

# the first run migrates the empty database and creates the admin account
java -jar "$jar" export --out "$work/empty" >/dev/null 2>&1

sql() { # H2's shell prints an error and goes on: stop on it
  java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$CMS_DATA_DIR/cms;MODE=MySQL;DATABASE_TO_LOWER=TRUE" \
    -user sa -password '' -sql "$1" >"$work/sql.out" 2>&1
  if grep -q '^Error' "$work/sql.out"; then cat "$work/sql.out" >&2; exit 1; fi
}
now=$(( $(date +%s) * 1000000 ))
# SYSTEM_RANGE's column is "X"; the database folds unquoted names to lower case
sql "
INSERT INTO section (slug, title, description, created_at, updated_at)
  SELECT CONCAT('section-', \"X\"), CONCAT('Section ', \"X\"), CONCAT('Stories of section ', \"X\"), $now, $now
  FROM SYSTEM_RANGE(1, 5);
INSERT INTO author (slug, name, bio, user_id, created_at)
  SELECT CONCAT('author-', \"X\"), CONCAT('Author ', \"X\"), 'Writes about things', NULL, $now FROM SYSTEM_RANGE(1, 40);
INSERT INTO tag (slug, name) SELECT CONCAT('tag-', \"X\"), CONCAT('Tag ', \"X\") FROM SYSTEM_RANGE(1, 500);
INSERT INTO story (slug, headline, dek, body, section_id, language, status, version, created_by, created_at,
                   updated_at, published_at, scheduled_at)
  SELECT CONCAT('story-', \"X\"), CONCAT('Headline of story ', \"X\", ' & more'), CONCAT('The dek of story ', \"X\"),
         REPEAT(CONCAT('A paragraph with **bold** text, a [link](https://example.org/', \"X\", ') and more words. '), 30),
         (SELECT MIN(id) FROM section) + MOD(\"X\", 5), 'en', 'PUBLISHED', 1, 1, $now - 600000000, $now - 600000000,
         $now - 600000000 - \"X\" * 60000000, NULL
  FROM SYSTEM_RANGE(1, $stories);
INSERT INTO story_byline (story_id, position, author_id, credit, published_at)
  SELECT s.id, p.\"X\", (SELECT MIN(id) FROM author WHERE user_id IS NULL) + MOD(s.id + p.\"X\" * 17, 40), NULL,
         s.published_at
  FROM story s, SYSTEM_RANGE(0, 1) p;
INSERT INTO story_tag (story_id, position, tag_id, published_at)
  SELECT s.id, p.\"X\", (SELECT MIN(id) FROM tag) + MOD(s.id * 7 + p.\"X\" * 251, 500), s.published_at
  FROM story s, SYSTEM_RANGE(0, 1) p;
"

run() { # label, arguments…
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" java "$@" >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
  read -r seconds user system kb <"$work/time"
  printf '%-24s %6.2f s (cpu %6.2f s)  max RSS %4d MB  %s\n' "$label" "$seconds" "$(echo "$user + $system" | bc)" \
    $((kb / 1024)) "$(tail -1 "$work/out" | sed 's/ into .*//')"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); stories: $stories; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
run "full" "$@" -jar "$jar" export --out "$work/site"
run "incremental, no change" "$@" -jar "$jar" export --out "$work/site" --incremental
sql "UPDATE story SET headline = 'A corrected headline', updated_at = $(( $(date +%s) * 1000000 )) WHERE slug = 'story-$((stories / 2))'"
run "incremental, one change" "$@" -jar "$jar" export --out "$work/site" --incremental
echo "files: $(find -L "$work/site" -type f | wc -l), $(du -shL "$work/site" | cut -f1)"
