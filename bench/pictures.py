#!/usr/bin/env python3
"""The picture engine's speed on this machine (issue 14): the 4000x2667 test photo from upload to
every rendition (inspect, then renditions: 19 sizes and crops, each as JPEG and WebP), median of
10 timed runs after 3 warm-up runs in one JVM, as the server runs it; and beside it, in the same
run, ImageMagick's `convert` making the same set (same sizes and crop boxes, Lanczos, JPEG quality
82, WebP quality 80 at method 1, metadata stripped) in one process per run, median of 10.

    python3 bench/pictures.py [--runs 10] [--photo PATH]

Target: our median at most 1.5 s. Prints the machine, both medians and the files' total sizes as
Markdown for docs/performance.md. Builds cms-pictures' test classes with Maven first. ImageMagick
is for this bench only (never needed by the build or the tests): installed with
`apt-get install -y imagemagick` when missing and running as root, else the script says so.
"""
import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PHOTO = os.path.join(ROOT, "cms-pictures", "src", "test", "resources", "pictures", "photo-4000x2667.jpg")
TARGET_MS = 1500
# the engine's plan (cms-pictures render/Plan.java), for a landscape picture and the centre as focal point
WHOLE_WIDTHS = (320, 640, 960, 1280, 1600, 2048, 2560)
CAP = 2560
CROPS = {"16x9": (16, 9, (320, 640, 1280, 1920)), "4x3": (4, 3, (320, 640, 1280, 1920)), "1x1": (1, 1, (160, 320, 640, 1280))}


def imagemagick():
    """A real ImageMagick convert (a stand-in that only prints PNGs may come first on the PATH)."""
    for candidate in ("/usr/bin/convert", shutil.which("convert"), shutil.which("convert-im6.q16")):
        if candidate and os.path.exists(candidate):
            out = subprocess.run([candidate, "-version"], capture_output=True, text=True).stdout
            if out.startswith("Version: ImageMagick"):
                return candidate, out.splitlines()[0]
    return None, None


def ensure_imagemagick():
    convert, version = imagemagick()
    if convert:
        return convert, version
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("ImageMagick is missing: apt-get install -y imagemagick", flush=True)
        subprocess.run(["apt-get", "install", "-y", "-q", "imagemagick"], check=True, stdout=subprocess.DEVNULL)
        convert, version = imagemagick()
    if not convert:
        sys.exit("ImageMagick is missing: install it (Debian: apt-get install imagemagick)")
    return convert, version


def machine():
    model = "?"
    for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
        if line.startswith("Model name:"):
            model = line.split(":", 1)[1].strip()
    with open("/proc/meminfo") as f:
        kib = int(re.search(r"MemTotal:\s+(\d+)", f.read()).group(1))
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return "%s, %s cores (nproc), %.0f GiB, %s, %s" % (model, os.cpu_count(), kib / 1024 / 1024,
                                                       platform.platform(terse=True), java)


def load():
    return "%.2f %.2f %.2f" % os.getloadavg()


def build():
    """cms-pictures' classes and test classes, and the class path of its test scope."""
    classpath = os.path.join(tempfile.mkdtemp(prefix="pictures-bench-"), "classpath.txt")
    subprocess.run(["mvn", "-q", "-B", "-pl", "cms-pictures", "-am", "test-compile", "dependency:build-classpath",
                    "-Dmdep.outputFile=" + classpath, "-Dmdep.includeScope=test"], cwd=ROOT, check=True)
    with open(classpath) as f:
        deps = f.read().strip()
    module = os.path.join(ROOT, "cms-pictures", "target")
    return os.pathsep.join([os.path.join(module, "test-classes"), os.path.join(module, "classes"), deps])


def ours(classpath, photo, runs, out):
    result = subprocess.run(["java", "-cp", classpath, "news.cms.pictures.bench.PicturesBench", photo, str(runs), "3", out],
                            capture_output=True, text=True, check=True)
    summary = re.search(r"engine median_ms=(\d+) min_ms=(\d+) max_ms=(\d+) renditions=(\d+) bytes=(\d+) cpu_median_ms=(\d+)",
                        result.stdout)
    if not summary:
        sys.exit("PicturesBench printed no summary:\n" + result.stdout + result.stderr)
    return {k: int(v) for k, v in zip(("median", "min", "max", "files", "bytes", "cpu"), summary.groups())}


def identify(convert, photo):
    out = subprocess.run([convert, photo, "-auto-orient", "-format", "%w %h", "info:"], capture_output=True, text=True,
                         check=True).stdout.split()
    return int(out[0]), int(out[1])


def imagemagick_command(convert, photo, width, height, out):
    """One convert process: decode once, then every size and crop, each written as JPEG and WebP."""
    args = [convert, photo, "-auto-orient", "-strip", "-colorspace", "sRGB", "-filter", "Lanczos",
            "-write", "mpr:src"]

    def write(name):
        return ["-quality", "82", "-write", os.path.join(out, name + ".jpg"),
                "-quality", "80", "-define", "webp:method=1", "-write", os.path.join(out, name + ".webp")]

    longest = max(width, height)
    fit = width if longest <= CAP else width * CAP // longest
    for w in [w for w in WHOLE_WIDTHS if w < fit] + [fit]:
        args += ["(", "mpr:src", "-resize", "%dx" % w] + write("whole-%d" % w) + ["+delete", ")"]
    for name, (across, down, widths) in CROPS.items():
        box_w = min(width, height * across / down)
        box_h = box_w * down / across
        x, y = round((width - box_w) / 2), round((height - box_h) / 2)
        own = [int(box_w)] if int(box_w) <= widths[-1] else []
        for w in [w for w in widths if w < int(box_w)] + own:
            h = round(w * down / across)
            args += ["(", "mpr:src", "-crop", "%dx%d+%d+%d" % (round(box_w), round(box_h), x, y), "+repage",
                     "-resize", "%dx%d!" % (w, h)] + write("%s-%d" % (name, w)) + ["+delete", ")"]
    return args + ["null:"]


def theirs(convert, photo, runs, out):
    width, height = identify(convert, photo)
    command = imagemagick_command(convert, photo, width, height, out)
    subprocess.run(command, check=True)   # warm-up: the file is in the page cache for every run
    times, cpu = [], []
    for _ in range(runs):
        before = os.times()
        start = time.monotonic()
        subprocess.run(command, check=True)
        times.append((time.monotonic() - start) * 1000)
        after = os.times()
        cpu.append((after.children_user - before.children_user + after.children_system - before.children_system) * 1000)
    files = [os.path.join(out, f) for f in os.listdir(out)]
    return {"median": round(statistics.median(times)), "min": round(min(times)), "max": round(max(times)),
            "files": len(files), "bytes": sum(os.path.getsize(f) for f in files), "cpu": round(statistics.median(cpu))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--photo", default=PHOTO)
    a = parser.parse_args()
    convert, version = ensure_imagemagick()
    print("load average before: " + load(), flush=True)
    classpath = build()
    work = tempfile.mkdtemp(prefix="pictures-bench-")
    ours_out, theirs_out = os.path.join(work, "ours"), os.path.join(work, "imagemagick")
    os.makedirs(theirs_out)
    engine = ours(classpath, a.photo, a.runs, ours_out)
    magick = theirs(convert, a.photo, a.runs, theirs_out)
    after = load()
    verdict = "**met**" if engine["median"] <= TARGET_MS else "**missed**"
    print()
    print("Machine: %s; load average %s before, %s after." % (machine(), "see above", after))
    print("%s." % version)
    print()
    print("| what | median | min–max | CPU time, median | files | bytes |")
    print("|---|---|---|---|---|---|")
    print("| cms-pictures (warm JVM, upload to every rendition) | **%d ms** (target ≤ %d ms: %s) | %d–%d ms | %d ms | %d | %s |"
          % (engine["median"], TARGET_MS, verdict, engine["min"], engine["max"], engine["cpu"], engine["files"],
             f"{engine['bytes']:,}"))
    print("| ImageMagick `convert`, same set, one process | %d ms | %d–%d ms | %d ms | %d | %s |"
          % (magick["median"], magick["min"], magick["max"], magick["cpu"], magick["files"], f"{magick['bytes']:,}"))
    print()
    print("Files kept in " + work)


if __name__ == "__main__":
    main()
