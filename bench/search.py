#!/usr/bin/env python3
"""Search on this machine (issue 15), on bench/generate.py's stories:

  queries   200 realistic queries (words and two-word phrases of the stories' own headlines and
            bodies, seeded) at GET /search, one at a time after 50 of warm-up: p50 and p99 as the
            client sees them (HTTP, search, the stories read, the page rendered)
  sql       the same queries (the first --sql-queries of them) as MariaDB `LIKE '%word%'` over
            headline, dek and body (what WordPress core does) and as `MATCH ... AGAINST` on a FULLTEXT
            index, on a copy of the same stories in MariaDB: medians and the ratios to ours
  live      publish-to-findable: 50 stories published one after another, each polled at /search
            until it is found: median and worst
  reindex   `java -Xmx256m -jar cms-app.jar reindex` with the server stopped: time, peak RSS, and the
            index's size on disk

    python3 bench/search.py --stories 100000 [--skip-sql] [--sql-queries 20]

Targets: p50 ≤ 5 ms, p99 ≤ 20 ms; reindex of 100,000 ≤ 60 s in a 256 MB heap. Prints Markdown for
docs/performance.md. The MariaDB copy goes into the database `cms_bench_search` on 127.0.0.1:3306
(root, no password), made from the generation's own seeded plan: the same text.
"""
import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as gen  # noqa: E402
import public_site as ps  # noqa: E402

P50_MS, P99_MS = 5.0, 20.0
REINDEX_S = 60.0
STOP = set("the a an of to in on and for with at by from is was are as it its that this be or".split())


def queries(n, seed=15):
    """Words and quoted two-word phrases drawn from the stories the generation plans."""
    rng = random.Random(seed)
    _, stories = gen.plan(2_000)
    words = [w for s in stories for w in re.findall(r"[A-Za-z]{4,}", s["headline"] + " " + s["body"][:400])
             if w.lower() not in STOP]
    out = []
    while len(out) < n:
        if rng.random() < 0.25:
            s = rng.choice(stories)["headline"].split()
            i = rng.randrange(max(1, len(s) - 1))
            out.append('"%s"' % " ".join(s[i:i + 2]))
        elif rng.random() < 0.5:
            out.append("%s %s" % (rng.choice(words).lower(), rng.choice(words).lower()))
        else:
            out.append(rng.choice(words).lower())
    return out


def timed_search(srv, q):
    t = time.perf_counter()
    status, _ = srv.request("GET", "/search?q=" + urllib.parse.quote(q), accept="text/html")
    if status != 200:
        sys.exit("GET /search?q=%s answered %d" % (q, status))
    return (time.perf_counter() - t) * 1000


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def mariadb(sql, database=None):
    command = ["mariadb", "-h127.0.0.1", "-uroot", "--batch", "--skip-column-names"] + ([database] if database else [])
    return subprocess.run(command, input=sql, capture_output=True, text=True, check=True).stdout


def sql_copy(total):
    """The same stories' headline, dek and body in MariaDB, with a FULLTEXT index, made from the
    generation's own plan (the same text, seeded), in one load: made once per story count."""
    table = "story_%d" % total
    exists = mariadb("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='cms_bench_search' "
                     "AND table_name='%s'" % table).strip()
    if exists == "1" and mariadb("SELECT COUNT(*) FROM %s" % table, "cms_bench_search").strip() == str(total):
        return table
    mariadb("CREATE DATABASE IF NOT EXISTS cms_bench_search CHARACTER SET utf8mb4")
    mariadb("DROP TABLE IF EXISTS %s; CREATE TABLE %s (id BIGINT PRIMARY KEY, headline VARCHAR(300), dek VARCHAR(1000), "
            "body MEDIUMTEXT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" % (table, table), "cms_bench_search")
    _, stories = gen.plan(total)
    chunks = []
    for start in range(0, total, 500):
        rows = stories[start:start + 500]
        chunks.append("INSERT INTO %s VALUES %s;" % (table, ",".join(
            "(%d,%s,%s,%s)" % (start + i + 1, quote(r["headline"]), quote(r["dek"]), quote(r["body"]))
            for i, r in enumerate(rows))))
    mariadb("\n".join(chunks), "cms_bench_search")
    mariadb("ALTER TABLE %s ADD FULLTEXT INDEX ft (headline, dek, body)" % table, "cms_bench_search")
    return table


def quote(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def sql_times(table, qs):
    like, match = [], []
    for q in qs:
        words = [w for w in re.findall(r"\w+", q)]
        where = " AND ".join("(headline LIKE %s OR dek LIKE %s OR body LIKE %s)" % ((quote("%" + w + "%"),) * 3)
                             for w in words)
        t = time.perf_counter()
        mariadb("SELECT id FROM %s WHERE %s ORDER BY id DESC LIMIT 10" % (table, where), "cms_bench_search")
        like.append((time.perf_counter() - t) * 1000)
        boolean = " ".join("+" + w for w in words) if not q.startswith('"') else quote(q)[1:-1]
        t = time.perf_counter()
        mariadb("SELECT id FROM %s WHERE MATCH(headline, dek, body) AGAINST (%s IN BOOLEAN MODE) LIMIT 10"
                % (table, quote(boolean)), "cms_bench_search")
        match.append((time.perf_counter() - t) * 1000)
    return like, match


def live(srv, token, runs):
    delays = []
    for i in range(runs):
        word = "benchfind%dx%d" % (int(time.time()), i)
        story = srv.json("POST", "/api/stories", {"headline": "Bench story %d" % i, "dek": "", "body": word,
                                                  "section": "news"}, token)
        srv.json("POST", "/api/stories/%d/publish" % story["id"], {}, token)
        t = time.perf_counter()
        while True:
            _, body = srv.request("GET", "/search?q=" + word, accept="text/html")
            if word.encode() in body or b"Bench story %d" % i in body:
                delays.append((time.perf_counter() - t) * 1000)
                break
            if time.perf_counter() - t > 10:
                delays.append(float("inf"))
                break
            time.sleep(0.005)
        srv.json("POST", "/api/stories/%d/unpublish" % story["id"], {"reason": "bench"}, token)
    return delays


def reindex(data_dir):
    env = dict(os.environ, CMS_DATA_DIR=data_dir, CMS_ADMIN_PASSWORD=gen.ADMIN_PASSWORD,
               MICRONAUT_SERVER_PORT=str(gen.free_port()))
    command = gen.java_command("reindex", jvm=("-Xmx256m",))
    t = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    hwm = 0
    while proc.poll() is None:
        hwm = max(hwm, ps.vm_hwm_kb(proc.pid))
        time.sleep(0.05)
    seconds = time.perf_counter() - t
    out = proc.stdout.read()
    if proc.returncode != 0:
        sys.exit("reindex failed:\n" + out[-2000:])
    size = 0
    for folder, _, names in os.walk(os.path.join(data_dir, "search")):
        size += sum(os.path.getsize(os.path.join(folder, n)) for n in names)
    return {"seconds": seconds, "rss_mb": hwm / 1024, "index_mb": size / 1024 / 1024, "log": out.strip().splitlines()[-1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--sql-queries", type=int, default=20)
    parser.add_argument("--live-runs", type=int, default=50)
    parser.add_argument("--skip-sql", action="store_true")
    args = parser.parse_args()
    gen.ensure_jar()
    marker = gen.generate(args.stories)
    data_dir = gen.default_data_dir(args.stories)
    qs = queries(args.queries + 50)
    with gen.Server(data_dir) as srv:
        editor = srv.login(*gen.EDITOR)
        while srv.request("GET", "/search?q=" + urllib.parse.quote(qs[0]), accept="text/html")[1].count(b"<article") == 0:
            time.sleep(0.5)  # the first start builds the index
        for q in qs[:50]:
            timed_search(srv, q)
        ours = [timed_search(srv, q) for q in qs[50:]]
        print("  /search: p50 %.2f ms, p99 %.2f ms over %d queries" % (percentile(ours, 50), percentile(ours, 99),
                                                                     len(ours)), flush=True)
        delays = live(srv, editor, args.live_runs)
        print("  publish-to-findable: median %.0f ms, worst %.0f ms" % (statistics.median(delays), max(delays)), flush=True)
        sql = None
        if not args.skip_sql:
            table = sql_copy(marker["stories"])
            subset = qs[50:50 + args.sql_queries]
            like, match = sql_times(table, subset)
            ours_subset = [timed_search(srv, q) for q in subset]
            sql = {"like": statistics.median(like), "match": statistics.median(match),
                   "ours": statistics.median(ours_subset), "n": len(subset)}
            print("  same %d queries: ours %.1f ms, LIKE %.0f ms, MATCH %.1f ms (medians)" % (
                sql["n"], sql["ours"], sql["like"], sql["match"]), flush=True)
    rebuilt = reindex(data_dir)
    print("  reindex %.1f s, %.0f MB RSS, index %.0f MB" % (rebuilt["seconds"], rebuilt["rss_mb"], rebuilt["index_mb"]))
    info = ps.machine()
    print()
    print("Machine: %s; load average %s." % (", ".join("%s %s" % kv for kv in info.items())
                                              if isinstance(info, dict) else info, ps.load()))
    print()
    print("| %d stories | figure | target |" % args.stories)
    print("|---|---|---|")
    print("| `/search`, %d queries, p50 | **%.2f ms** | ≤ %.0f ms: %s |" % (len(ours), percentile(ours, 50), P50_MS,
                                                                        ps.verdict(percentile(ours, 50) <= P50_MS)))
    print("| `/search`, p99 | **%.2f ms** | ≤ %.0f ms: %s |" % (percentile(ours, 99), P99_MS,
                                                              ps.verdict(percentile(ours, 99) <= P99_MS)))
    if sql:
        print("| the same %d queries, medians: ours / `LIKE` / `MATCH … AGAINST` | %.1f / %.0f / %.1f ms "
              "(LIKE %.1f×, MATCH %.1f× ours) | |" % (sql["n"], sql["ours"], sql["like"], sql["match"],
                                                    sql["like"] / sql["ours"], sql["match"] / sql["ours"]))
    print("| publish-to-findable, %d publishes: median / worst | %.0f / %.0f ms | ≤ 1,000 ms |" % (
        len(delays), statistics.median(delays), max(delays)))
    print("| reindex (`-Xmx256m`) | **%.1f s**, %.0f MB RSS | ≤ %.0f s: %s |" % (
        rebuilt["seconds"], rebuilt["rss_mb"], REINDEX_S, ps.verdict(rebuilt["seconds"] <= REINDEX_S)))
    print("| index on disk | %.0f MB | |" % rebuilt["index_mb"])


if __name__ == "__main__":
    main()
