#!/usr/bin/env python3
"""The public site's speed on this machine, in one run (issue 5), on the stories bench/generate.py
makes (generated first when the data directory does not hold them yet):

  listing  wrk against the home page 1 and 1,000 (or the deepest page, if fewer) and the largest
           section's front page 1 and its deepest page, with the page cache (the default) and
           without (server restarted with CMS_SITE_PAGE_CACHE=false): req/s, p50, p99
  live     publish-to-live: a story created and published 20 times in the largest section; a tight
           loop per output times until it is on the section front, /{section}/feed and the sitemap
           (the stories are unpublished afterwards, so the site is as generated for the next run)
  export   `java -jar cms-app.jar export --out DIR` with the server stopped (the embedded database
           is single-process): wall-clock time and peak RSS of the process

    python3 bench/public_site.py --stories 10000 [--only listing,live,export] [--skip-export]

Prints a Markdown table of the results beside the targets, with the machine's details, ready for
docs/performance.md. Needs wrk: installed with `apt-get install -y wrk` when missing and running
as root (else the script says so and stops).
"""
import argparse
import datetime
import http.client
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the scripts
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as gen  # noqa: E402  (the sibling script)

PARTS = ("listing", "live", "export")
LISTING_RPS_CACHED = 10_000
LISTING_RPS_UNCACHED = 2_000
P99_MS = 5.0
DEEP_RATIO = 1.5
EXPORT_STORIES = 50_000
EXPORT_SECONDS = 15.0
EXPORT_RSS_MB = 512
LIVE_MS = 200.0


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("wrk is missing: apt-get install -y wrk", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, stdout=subprocess.DEVNULL)
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: install it (Debian: apt-get install wrk)")


def to_ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def wrk(url, seconds, threads, connections):
    """One wrk run with Accept: text/html: req/s, p50 and p99 in ms, and the failed requests."""
    out = subprocess.run(["wrk", "-t%d" % threads, "-c%d" % connections, "-d%ds" % seconds, "--latency",
                          "-H", "Accept: text/html", url], capture_output=True, text=True, check=True).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.M))
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if not rps or len(latency) != 2:
        sys.exit("could not read wrk's answer:\n" + out)
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(rps.group(1)), "p50": to_ms(latency["50"]), "p99": to_ms(latency["99"]),
            "errors": errors + (int(non2xx.group(1)) if non2xx else 0)}


def page_path(prefix, n):
    return (prefix or "/") if n == 1 else "%s/page/%d" % (prefix, n)


def deepest_page(srv, prefix, at_most=None):
    """The last listing page under prefix ('' for home), found by probing; at most at_most."""
    def exists(n):
        return srv.request("GET", page_path(prefix, n), accept="text/html")[0] == 200
    if at_most and exists(at_most):
        return at_most
    low, high = 1, 2
    while exists(high):
        low, high = high, high * 2
    while high - low > 1:  # low exists, high does not
        mid = (low + high) // 2
        low, high = (mid, high) if exists(mid) else (low, mid)
    return low


def largest_section(marker):
    return max(marker["sections"].items(), key=lambda kv: kv[1])[0]


def listing(srv, marker, args, cached):
    """wrk on page 1 and the deep page of the home page and the largest section."""
    section = largest_section(marker)
    home_deep = deepest_page(srv, "", 1000)
    section_deep = deepest_page(srv, "/" + section)
    targets = [("home", "/", 1), ("home", page_path("", home_deep), home_deep),
               ("section", "/" + section, 1), ("section", page_path("/" + section, section_deep), section_deep)]
    results = []
    for kind, path, page in targets:
        status = srv.request("GET", path, accept="text/html")[0]
        if status != 200:
            sys.exit("GET %s answered %s" % (path, status))
        wrk(srv.base + path, args.warmup, args.threads, args.connections)  # JIT and cache warm
        figures = wrk(srv.base + path, args.duration, args.threads, args.connections)
        print("  %s %-28s %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms%s" % (
            "cached  " if cached else "uncached", path, figures["rps"], figures["p50"], figures["p99"],
            "  %d errors" % figures["errors"] if figures["errors"] else ""), flush=True)
        results.append(dict(figures, kind=kind, path=path, page=page, cached=cached))
    return results


class Poller(threading.Thread):
    """Fetches one path in a tight loop on its own connection until the body holds the marker."""

    def __init__(self, port, path, accept, marker, deadline):
        super().__init__(daemon=True)
        self.port, self.path, self.accept, self.marker, self.deadline = port, path, accept, marker, deadline
        self.go = threading.Event()
        self.seen_at = None
        self.fetches = 0

    def run(self):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        self.go.wait()
        while time.perf_counter() < self.deadline():
            conn.request("GET", self.path, headers={"Accept": self.accept})
            body = conn.getresponse().read()
            self.fetches += 1
            if self.marker in body:
                self.seen_at = time.perf_counter()
                break
        conn.close()


def sitemap_path(srv):
    """/sitemap.xml, or its last part (parts are cut from the oldest end: the newest stories are in
    the last) once the site needs a sitemap index."""
    body = srv.request("GET", "/sitemap.xml", accept="application/xml")[1]
    if b"<sitemapindex" not in body:
        return "/sitemap.xml"
    return re.findall(rb"<loc>\s*https?://[^/<]+(/[^<\s]*)\s*</loc>", body)[-1].decode()


def publish_to_live(srv, marker, args):
    """Create and publish a story args.runs times; ms until it is on each public output."""
    section = largest_section(marker)
    editor = srv.login(*gen.EDITOR)
    outputs = [("section front", "/" + section, "text/html"),
               ("section feed", "/%s/feed" % section, "application/rss+xml"),
               ("sitemap", sitemap_path(srv), "application/xml")]
    run_id = os.urandom(3).hex()
    times = {name: [] for name, _, _ in outputs}
    everywhere, publish_ms, ids = [], [], []
    try:
        for i in range(args.runs):
            story = srv.json("POST", "/api/stories", {
                "headline": "Live check %s %d: the harbour reopens after the storm" % (run_id, i),
                "dek": "A benchmark story, published and unpublished again by bench/public_site.py.",
                "body": "The harbour reopened on Monday.\n\nBoats were back by *noon*.", "section": section}, editor)
            ids.append(story["id"])
            needle = ("/" + story["slug"]).encode()
            for _, path, accept in outputs:  # every output read (and cached) before the publish
                srv.request("GET", path, accept=accept)
            limit = [float("inf")]
            pollers = [Poller(srv.port, path, accept, needle, lambda: limit[0]) for _, path, accept in outputs]
            for p in pollers:
                p.start()
            t0 = time.perf_counter()
            limit[0] = t0 + args.live_timeout
            for p in pollers:
                p.go.set()
            srv.json("POST", "/api/stories/%d/publish" % story["id"], {}, editor)
            publish_ms.append((time.perf_counter() - t0) * 1000)
            for p in pollers:
                p.join()
            seen = [(p.seen_at - t0) * 1000 if p.seen_at else None for p in pollers]
            for (name, _, _), ms in zip(outputs, seen):
                times[name].append(ms)
            everywhere.append(None if None in seen else max(seen))
            print("  run %2d: publish answered in %5.1f ms; live on %s" % (i + 1, publish_ms[-1], ", ".join(
                "%s %s" % (name, "%.1f ms" % ms if ms is not None else "NOT within %.0f s" % args.live_timeout)
                for (name, _, _), ms in zip(outputs, seen))), flush=True)
    finally:
        for story_id in ids:
            srv.json("POST", "/api/stories/%d/unpublish" % story_id, {"reason": "benchmark story"}, editor,
                     expect=(200, 409))
    return {"outputs": [(name, path, times[name]) for name, path, _ in outputs], "everywhere": everywhere,
            "publish_ms": publish_ms, "timeout": args.live_timeout}


def vm_hwm_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def answers_health(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
    try:
        conn.request("GET", "/health")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


def export(data_dir, n, args):
    """Runs the jar's export with the server stopped: wall clock and peak RSS (kernel's maxrss and VmHWM)."""
    out = os.path.join(gen.WORK, "export-%d" % n)
    shutil.rmtree(out, ignore_errors=True)
    port = gen.free_port()  # if the jar does not know `export` it starts the server: seen on this port
    env = dict(os.environ, CMS_DATA_DIR=data_dir, CMS_ADMIN_PASSWORD=gen.ADMIN_PASSWORD,
               MICRONAUT_SERVER_PORT=str(port), CMS_BASE_URL="https://news.example.org")
    log_path = os.path.join(data_dir, "export.log")
    # as README and docs/export.md run it: the heap limit keeps the JVM from growing past what it needs
    command = gen.java_command("export", "--out", out, jvm=("-Xmx256m",))
    print("  %s" % " ".join(os.path.relpath(c) if c.startswith(gen.ROOT) else c for c in command), flush=True)
    with open(log_path, "w") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        hwm, checked, started_server = 0, t0, False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            hwm = max(hwm, vm_hwm_kb(proc.pid))
            now = time.perf_counter()
            if now - checked > 0.5:
                checked = now
                started_server = answers_health(port)
            if started_server or now - t0 > args.export_timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    with open(log_path, errors="replace") as f:
        text = f.read()
    result = {"seconds": seconds, "rss_mb": max(hwm, usage.ru_maxrss) / 1024, "out": out, "log": log_path}
    if started_server:
        return dict(result, problem="export command not available: the jar started the server instead")
    if seconds > args.export_timeout:
        return dict(result, problem="export did not finish within %d s (killed); see %s" % (args.export_timeout, log_path))
    if proc.returncode != 0:
        unknown = re.search(r"unknown|unrecognized|not a (known )?command|no such command|invalid command", text, re.I)
        if unknown:
            return dict(result, problem="export command not available (the jar said: %s)" % tail(text, 1))
        return dict(result, problem="export failed with exit code %d: %s (see %s)" % (proc.returncode, tail(text, 3), log_path))
    files = size = 0
    for folder, _, names in os.walk(out):
        for name in names:
            files += 1
            size += os.path.getsize(os.path.join(folder, name))
    return dict(result, files=files, mb=size / 1024 / 1024)


def tail(text, lines):
    return " / ".join(line.strip() for line in text.strip().splitlines()[-lines:]) or "no output"


def machine():
    def first(path, key):
        try:
            with open(path) as f:
                for line in f:
                    if line.startswith(key):
                        return line.split(":" if ":" in line else "=", 1)[1].strip().strip('"')
        except OSError:
            pass
        return "?"
    def run(*cmd):
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=gen.ROOT)
        return (done.stdout or done.stderr).strip()
    dirty = run("git", "status", "--porcelain", "--untracked-files=no")
    ram = int(first("/proc/meminfo", "MemTotal").split()[0]) / 1024 / 1024
    java = run("java", "-version").splitlines()
    return {
        "cpu": first("/proc/cpuinfo", "model name"), "cores": os.cpu_count(),
        "usable": len(os.sched_getaffinity(0)), "ram": "%.0f GiB" % ram,
        "os": first("/etc/os-release", "PRETTY_NAME"), "kernel": platform.release(),
        "java": "%s %s" % (java[1].split(" Runtime")[0], re.search(r"\(build ([^)]+)\)", java[1]).group(1))
        if len(java) > 1 and "(build " in java[1] else java[0],
        "commit": run("git", "log", "-1", "--format=%h %cd", "--date=format:%Y-%m-%d") + (" (uncommitted changes)" if dirty else ""),
        "branch": run("git", "rev-parse", "--abbrev-ref", "HEAD"),
        "jar": datetime.datetime.fromtimestamp(os.path.getmtime(gen.JAR)).strftime("%Y-%m-%d %H:%M"),
        "cds": os.path.exists(gen.CDS_ARCHIVE), "wrk": run("wrk", "-v").splitlines()[0].split(" [")[0],
    }


def load():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def verdict(ok):
    return "pass" if ok else "**short**"


def percentile_summary(values, timeout):
    seen = [v for v in values if v is not None]
    missed = len(values) - len(seen)
    if not seen:
        return "never within %.0f s" % timeout, False
    text = "median %.0f ms, worst %.0f ms" % (statistics.median(seen), max(seen))
    if missed:
        text += "; %d of %d not within %.0f s" % (missed, len(values), timeout)
    return text, not missed and max(seen) < LIVE_MS


def report(n, args, info, listings, live, exported, loads, started):
    rows = []
    for cached in (True, False):
        runs = [r for r in listings if r["cached"] == cached]
        if not runs:
            continue
        mode = "cached" if cached else "uncached (`CMS_SITE_PAGE_CACHE=false`)"
        floor = LISTING_RPS_CACHED if cached else LISTING_RPS_UNCACHED
        for r in runs:
            ok = r["rps"] >= floor and r["p99"] < P99_MS and not r["errors"]
            rows.append(("`%s` %s" % (r["path"], mode),
                         "%s req/s, p50 %.2f ms, p99 %.2f ms%s" % (
                             format(round(r["rps"]), ","), r["p50"], r["p99"],
                             ", %d failed request(s)" % r["errors"] if r["errors"] else ""),
                         "≥ %s req/s, p99 < %.0f ms" % (format(floor, ","), P99_MS), verdict(ok)))
        for kind in ("home", "section"):
            first, deep = [r for r in runs if r["kind"] == kind]
            ratio = first["rps"] / deep["rps"]
            rows.append(("%s page %s vs page 1, %s" % (kind, format(deep["page"], ","), mode.split(" ")[0]),
                         "%.2f× page 1's time (by req/s); p50 %.2f vs %.2f ms" % (ratio, deep["p50"], first["p50"]),
                         "≤ %.1f×" % DEEP_RATIO, verdict(ratio <= DEEP_RATIO)))
    if live:
        for name, path, values in live["outputs"]:
            text, ok = percentile_summary(values, live["timeout"])
            rows.append(("publish → live on %s `%s` (%d runs)" % (name, path, len(values)), text,
                         "< %.0f ms" % LIVE_MS, verdict(ok)))
        text, ok = percentile_summary(live["everywhere"], live["timeout"])
        rows.append(("publish → live everywhere (slowest of the three)", text, "< %.0f ms" % LIVE_MS, verdict(ok)))
        rows.append(("publish request itself (`POST …/publish` answered)",
                     "median %.0f ms, worst %.0f ms" % (statistics.median(live["publish_ms"]), max(live["publish_ms"])),
                     "", ""))
    if exported:
        def scaled(ok):  # under the target with fewer stories says nothing about 50,000
            return verdict(False) if not ok else ("pass" if n >= EXPORT_STORIES else "— (target is for 50k)")
        if "problem" in exported:
            rows.append(("static export of %s stories" % format(n, ","), exported["problem"],
                         "< %.0f s for 50k" % EXPORT_SECONDS, "not measured"))
        else:
            rows.append(("static export of %s stories (wall clock, JVM start included)" % format(n, ","),
                         "%.1f s; %s files, %.0f MB" % (exported["seconds"], format(exported["files"], ","), exported["mb"]),
                         "< %.0f s for 50k" % EXPORT_SECONDS, scaled(exported["seconds"] < EXPORT_SECONDS)))
            rows.append(("static export peak RSS", "%.0f MB" % exported["rss_mb"], "< %d MB" % EXPORT_RSS_MB,
                         scaled(exported["rss_mb"] < EXPORT_RSS_MB)))

    print()
    print("### Public site: %s stories (`python3 bench/public_site.py %s`)" % (format(n, ","), shlex.join(sys.argv[1:])))
    print()
    print("Machine: %s, %d cores (%d usable), %s RAM, %s (kernel %s); %s; commit %s on `%s`, jar built %s%s; "
          "%s. Load average %.2f before, %.2f after; %s UTC, %.0f s in all." % (
              info["cpu"], info["cores"], info["usable"], info["ram"], info["os"], info["kernel"], info["java"],
              info["commit"], info["branch"], info["jar"], ", class-data-sharing archive used" if info["cds"] else "",
              info["wrk"], loads[0], loads[-1], started.strftime("%Y-%m-%d %H:%M"), time.time() - started.timestamp()))
    if listings:
        print()
        print("Listing: `wrk -t%d -c%d -d%ds --latency -H 'Accept: text/html'` after a %d s warm-up of the same URL; "
              "wrk and the server share the machine's cores." % (args.threads, args.connections, args.duration, args.warmup))
    print()
    print("| measure | result | target | verdict |")
    print("|---|---|---|---|")
    for row in rows:
        print("| %s |" % " | ".join(row))
    notes = []
    cached = {r["path"]: r["rps"] for r in listings if r["cached"]}
    uncached = {r["path"]: r["rps"] for r in listings if not r["cached"]}
    if cached and uncached:
        close = [p for p in cached if p in uncached and uncached[p] >= 0.8 * cached[p]]
        if len(close) == len(cached):
            notes.append("cached and uncached figures are within 20% of each other on every page: the server "
                         "probably ignores `CMS_SITE_PAGE_CACHE` (or has no page cache), so both rows measure the same thing.")
    if max(loads) > info["usable"] * 0.75:
        notes.append("the load average reached %.1f on %d cores: other work shared the machine, so these figures "
                     "are lower than a quiet machine's." % (max(loads), info["usable"]))
    if exported and "problem" not in exported and n < EXPORT_STORIES:
        notes.append("the export targets are for 50,000 stories; run with `--stories 50000` to judge them.")
    for note in notes:
        print()
        print("Note: " + note)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, required=True, help="the generated site to measure")
    parser.add_argument("--data-dir", help="default: bench/work/<stories>")
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts: listing,live,export")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--skip-uncached", action="store_true", help="listing with the page cache only")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per URL (default 10)")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of wrk per URL before measuring (default 3)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk connections (default 16)")
    parser.add_argument("--runs", type=int, default=20, help="publish-to-live runs (default 20)")
    parser.add_argument("--live-timeout", type=float, default=5.0, help="seconds to wait for a story to show")
    parser.add_argument("--export-timeout", type=int, default=600, help="seconds before the export is killed")
    args = parser.parse_args()
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    if set(parts) - set(PARTS):
        parser.error("--only takes %s" % ",".join(PARTS))
    if args.skip_export and "export" in parts:
        parts.remove("export")

    started = datetime.datetime.now(datetime.timezone.utc)
    gen.ensure_jar()
    if "listing" in parts:
        ensure_wrk()
    data_dir = os.path.abspath(args.data_dir or gen.default_data_dir(args.stories))
    marker = gen.generate(args.stories, data_dir)
    info = machine()
    loads = [load()]
    listings, live, exported = [], None, None

    if "listing" in parts or "live" in parts:
        print("server with the page cache (default settings)…", flush=True)
        with gen.Server(data_dir) as srv:
            if "listing" in parts:
                listings += listing(srv, marker, args, cached=True)
                loads.append(load())
            if "live" in parts:
                print("publish-to-live, %d runs…" % args.runs, flush=True)
                live = publish_to_live(srv, marker, args)
                loads.append(load())
    if "listing" in parts and not args.skip_uncached:
        print("server restarted with CMS_SITE_PAGE_CACHE=false…", flush=True)
        with gen.Server(data_dir, env={"CMS_SITE_PAGE_CACHE": "false"}) as srv:
            listings += listing(srv, marker, args, cached=False)
            loads.append(load())
    if "export" in parts:
        print("static export (server stopped)…", flush=True)
        exported = export(data_dir, args.stories, args)
        print("  %s" % (exported.get("problem") or "%.1f s, peak RSS %.0f MB, %d files" % (
            exported["seconds"], exported["rss_mb"], exported["files"])), flush=True)
        loads.append(load())
    report(args.stories, args, info, listings, live, exported, loads, started)


if __name__ == "__main__":
    main()
