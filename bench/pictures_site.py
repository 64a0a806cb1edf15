#!/usr/bin/env python3
"""Pictures on the public site (issue 14), side by side with the same site without them, in one run:

  weight   the pictures a browser 1280 px wide loads for the largest section's front page (every
           <img> and <picture>, the lazy ones too: a reader scrolls), choosing from srcset, sizes and
           the WebP <source> as a browser does; at device pixel ratio 1 and 2
  listing  cached listing pages with wrk (home and the largest section, page 1): req/s, p50, p99
  export   `java -Xmx256m -jar cms-app.jar export` of the whole site: time, peak RSS, files, MB

    python3 bench/pictures_site.py [--stories 5000] [--pictures 20] [--duration 10] [--skip-export]

The two sites are bench/generate.py's stories, once as they are and once with a lead image each
(--pictures distinct pictures: the 4000x2667 test photo with their own focal points, alt text set).
Targets: the section front's pictures ≤ 250 KB at 1280 px; cached listings ≥ 25,000 req/s. Prints
Markdown for docs/performance.md. Needs wrk (apt-get install wrk).
"""
import argparse
import html.parser
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as gen  # noqa: E402
import public_site as ps  # noqa: E402

VIEWPORT = 1280
REM = 16
WEIGHT_KB = 250
CACHED_RPS = 25_000


class Pictures(html.parser.HTMLParser):
    """The images of a page: for each, the candidates a browser chooses from and the slot's sizes."""

    def __init__(self):
        super().__init__()
        self.images = []
        self.source = None  # the WebP <source> of the <picture> being read

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "picture":
            self.source = None
        elif tag == "source" and a.get("type") == "image/webp":
            self.source = a
        elif tag == "img":
            chosen = self.source or a
            self.images.append({"srcset": chosen.get("srcset") or "", "sizes": chosen.get("sizes") or "",
                                "src": a.get("src"), "lazy": a.get("loading") == "lazy"})

    def handle_endtag(self, tag):
        if tag == "picture":
            self.source = None


def length_px(text):
    text = text.strip()
    number = float(re.match(r"[\d.]+", text).group(0))
    if text.endswith("rem") or text.endswith("em"):
        return number * REM
    if text.endswith("vw"):
        return number * VIEWPORT / 100
    return number


def slot_px(sizes):
    """The width the sizes attribute gives the image at this viewport (only min-width conditions are used here)."""
    for entry in [e.strip() for e in sizes.split(",") if e.strip()]:
        condition = re.match(r"\(min-width:\s*([\d.]+(?:px|rem|em))\)\s*(.+)", entry)
        if condition:
            if VIEWPORT >= length_px(condition.group(1)):
                return length_px(condition.group(2))
            continue
        return length_px(entry)
    return VIEWPORT


def chosen(image, dpr):
    """The candidate a browser picks: the narrowest at least slot × dpr wide, else the widest."""
    candidates = []
    for part in [p.strip() for p in image["srcset"].split(",") if p.strip()]:
        url, width = part.rsplit(" ", 1)
        candidates.append((int(width.rstrip("w")), url))
    if not candidates:
        return image["src"]
    candidates.sort()
    need = slot_px(image["sizes"]) * dpr
    return next((url for width, url in candidates if width >= need), candidates[-1][1])


def weight(srv, path):
    status, body = srv.request("GET", path, accept="text/html")
    if status != 200:
        sys.exit("GET %s answered %d" % (path, status))
    parser = Pictures()
    parser.feed(body.decode())
    figures = {"images": len(parser.images), "lazy": sum(i["lazy"] for i in parser.images)}
    for dpr in (1, 2):
        total = 0
        for url in {chosen(image, dpr) for image in parser.images}:
            status, data = srv.request("GET", url, accept="image/webp,image/*")
            if status != 200:
                sys.exit("GET %s answered %d" % (url, status))
            total += len(data)
        figures["dpr%d_kb" % dpr] = total / 1024
    return figures


def measure(marker, data_dir, args, pictures):
    section = ps.largest_section(marker)
    result = {"pictures": pictures}
    with gen.Server(data_dir) as srv:
        if pictures:
            result["weight"] = weight(srv, "/" + section)
            print("  /%s: %d images (%d lazy), %.0f KB at 1280 px, %.0f KB at 2x" % (
                section, result["weight"]["images"], result["weight"]["lazy"], result["weight"]["dpr1_kb"],
                result["weight"]["dpr2_kb"]), flush=True)
        result["listing"] = []
        for path in ("/", "/" + section):
            ps.wrk(srv.base + path, args.warmup, args.threads, args.connections)
            figures = ps.wrk(srv.base + path, args.duration, args.threads, args.connections)
            print("  %-24s %8.0f req/s  p50 %.2f ms  p99 %.2f ms" % (path, figures["rps"], figures["p50"],
                                                                   figures["p99"]), flush=True)
            result["listing"].append(dict(figures, path=path))
    if not args.skip_export:
        result["export"] = ps.export(data_dir, marker["stories"], args)
        e = result["export"]
        if e.get("problem"):
            sys.exit(e["problem"])
        print("  export %.1f s, %.0f MB RSS, %d files, %.0f MB" % (e["seconds"], e["rss_mb"], e["files"], e["mb"]),
              flush=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=5000)
    parser.add_argument("--pictures", type=int, default=20)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--export-timeout", type=int, default=900)
    args = parser.parse_args()
    ps.ensure_wrk()
    gen.ensure_jar()
    runs = []
    for pictures in (0, args.pictures):
        marker = gen.generate(args.stories, pictures=pictures)
        data_dir = gen.default_data_dir(args.stories, pictures)
        print("measuring %s" % os.path.relpath(data_dir), flush=True)
        runs.append(measure(marker, data_dir, args, pictures))
    plain, pictured = runs
    print()
    info = ps.machine()
    print("Machine: %s; load average %s." % (", ".join("%s %s" % kv for kv in info.items())
                                              if isinstance(info, dict) else info, ps.load()))
    print()
    w = pictured["weight"]
    print("Largest section's front page, page 1: %d images (%d lazy); what a browser 1280 px wide loads: "
          "**%.0f KB** at 1x (target ≤ %d KB: %s), %.0f KB at 2x." % (
              w["images"], w["lazy"], w["dpr1_kb"], WEIGHT_KB, ps.verdict(w["dpr1_kb"] <= WEIGHT_KB), w["dpr2_kb"]))
    print()
    print("| cached listing | without pictures | with a lead image each |")
    print("|---|---|---|")
    for a, b in zip(plain["listing"], pictured["listing"]):
        print("| `%s` | %.0f req/s, p99 %.2f ms | **%.0f req/s** (target ≥ %d: %s), p99 %.2f ms |" % (
            a["path"], a["rps"], a["p99"], b["rps"], CACHED_RPS, ps.verdict(b["rps"] >= CACHED_RPS), b["p99"]))
    if not args.skip_export:
        print()
        print("| export of %d stories | time | peak RSS | files | MB |" % args.stories)
        print("|---|---|---|---|---|")
        for label, run in (("without pictures", plain), ("with a lead image each (%d pictures)" % args.pictures,
                                                          pictured)):
            e = run["export"]
            print("| %s | %.1f s | %.0f MB | %d | %.0f |" % (label, e["seconds"], e["rss_mb"], e["files"], e["mb"]))


if __name__ == "__main__":
    main()
