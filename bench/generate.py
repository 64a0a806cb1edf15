#!/usr/bin/env python3
"""Benchmark content: a newsroom's worth of published stories, created through the HTTP API of the
built jar on its embedded database, so that every index, revision and audit line is what a real
newsroom would have.

    python3 bench/generate.py --stories 10000 [--pictures 20] [--data-dir DIR] [--port P] [--threads 8]

Creates 20 sections, 300 authors, an editor account and N stories (headline 50-110 characters,
dek 120-220, a Markdown body of 400-1,200 words in paragraphs with a link and emphasis, 1-3 bylines,
0-4 tags from a pool of 400), each published back-dated, spread over the six years before
2026-11-01. The content is the same on every run (seeded random); only database ids may differ.
With --pictures P, P pictures are uploaded first (the project's 4000x2667 test photo, each with its
own focal point, so that each has its own crops) and every story gets one of them as its lead image,
with alt text; the P most frequent authors get one as their photo. The data directory defaults to bench/work/<N> (bench/work/<N>-pictures-<P>); when it
already holds the N stories (the marker file bench-generated.json), nothing is done. Builds the jar
when it is missing.

Also the module the other benchmarks use: Server (start, stop, talk to the API), generate(), JAR.
"""
import argparse
import datetime
import http.client
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "cms-app", "target", "cms-app.jar")
CDS_ARCHIVE = os.path.join(ROOT, "cms-app", "target", "cms-app.jsa")
WORK = os.path.join(ROOT, "bench", "work")
ADMIN_PASSWORD = "Bench-admin-pass-1"
EDITOR = ("bench-editor", "Bench-editor-pass-1")
MARKER = "bench-generated.json"
IN_PROGRESS = "bench-generating"
SEED = 20261124
PHOTO = os.path.join(ROOT, "cms-pictures", "src", "test", "resources", "pictures", "photo-4000x2667.jpg")
# Stories are back-dated into these six years; the end is fixed so that every run makes the same site.
WINDOW_END = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
WINDOW = datetime.timedelta(days=6 * 365)

SECTIONS = [  # slug, title, description, share of the stories
    ("news", "News", "What happened today, at home and abroad", 14),
    ("politics", "Politics", "Parliament, parties and the people they answer to", 10),
    ("business", "Business", "Companies, markets and the economy", 9),
    ("world", "World", "Reporting from our correspondents abroad", 9),
    ("sport", "Sport", "Results, transfers and the stories behind the scores", 11),
    ("culture", "Culture", "Arts, ideas and the people who make them", 5),
    ("science", "Science", "Research, discoveries and the scientists behind them", 4),
    ("technology", "Technology", "Software, hardware and the companies that build them", 5),
    ("wellbeing", "Health & wellbeing", "Medicine, hospitals and how we live", 4),  # /health is the server's
    ("opinion", "Opinion", "Columns and editorials", 6),
    ("environment", "Environment", "Climate, nature and the places we share", 3),
    ("education", "Education", "Schools, universities and learning for life", 3),
    ("travel", "Travel", "Places near and far, and how to reach them", 2),
    ("food", "Food", "Recipes, restaurants and the people who grow it", 2),
    ("books", "Books", "Reviews, interviews and what to read next", 2),
    ("music", "Music", "Albums, concerts and the charts", 2),
    ("film", "Film", "Premieres, reviews and the box office", 2),
    ("local", "Local", "Our city, street by street", 4),
    ("weather", "Weather", "Forecasts and the stories behind them", 1),
    ("obituaries", "Obituaries", "Lives remembered", 2),
]
FIRST_NAMES = ("Ana Ben Chloe Daniel Elena Farid Grace Hiro Ines Jonas Kemi Luca Maya Nadia Omar Priya Quentin "
               "Rosa Samuel Tomas Ursula Victor Wen Ximena Yusuf Zoe Amara Bruno Carmen Dmitri Esther Felix "
               "Greta Hamid Ivy Jamal Kira Leon Mei Nils").split()
LAST_NAMES = ("Alvarez Becker Chen Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lindqvist Moreau "
              "Nakamura Okafor Petrov Quinn Rossi Santos Tanaka Ueda Varga Weber Xu Yilmaz Zhang Abbott Brennan "
              "Costa Duarte Evans Ferreira Gallagher Horvat Ivanova Jovanovic Kaur Laine Mendes Novak").split()
ADJECTIVES = ("local national regional urban rural public private digital green global rising falling new old "
              "early late hidden open coastal northern").split()
NOUNS = ("housing transport energy water schools hospitals markets elections budget courts police farming "
         "fisheries tourism startups banks wages rents weather football").split()
WORDS = ("the council said on a new plan for city harbour after years of debate residents were told that "
         "government ministers will review budget in spring while local business owners warned about rising "
         "costs and fewer workers across region many families have waited longer than expected for homes "
         "schools roads bridges trains buses hospital doctors nurses teachers police court judge report data "
         "figures showed growth fell sharply last week this month next year since early morning late evening "
         "officials confirmed announced denied agreed rejected proposed approved delayed opened closed "
         "investors market prices energy water electricity gas climate river coast storm flood drought "
         "farmers harvest exports imports trade union strike talks deal agreement law bill vote parliament "
         "election campaign party leader opposition minister mayor committee inquiry evidence witnesses "
         "researchers university study found results suggest more less than about nearly almost around "
         "people children students patients visitors fans players team season match goal win loss draw "
         "coach club league final record crowd stadium concert album film festival museum gallery book "
         "author reader audience stage company chief executive shares profit loss quarter sales customers "
         "online service app software network users privacy security attack outage update launch "
         "however meanwhile although because despite during before under over between within without "
         "would could should might must can may still already never often rarely again also only just "
         "important significant difficult clear early recent major small large long short open quiet busy").split()


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def ensure_jar():
    """Builds the runnable jar when it is missing (offline, no tests, no class-data-sharing run)."""
    if os.path.exists(JAR):
        return
    print("building %s (mvn -o -B -q -DskipTests -Dcds.skip package)…" % os.path.relpath(JAR), flush=True)
    subprocess.run(["mvn", "-o", "-B", "-q", "-DskipTests", "-Dcds.skip", "package"], cwd=ROOT, check=True)
    if not os.path.exists(JAR):
        sys.exit("the build made no %s" % JAR)


def java_command(*args, jvm=()):
    """java -jar cms-app.jar, with the class-data-sharing archive when the build wrote one."""
    cds = ["-XX:SharedArchiveFile=" + CDS_ARCHIVE] if os.path.exists(CDS_ARCHIVE) else []
    return ["java", *cds, *jvm, "-jar", JAR, *args]


class Server:
    """The built jar on a data directory (embedded database), with a keep-alive HTTP client per thread."""

    def __init__(self, data_dir, port=None, env=None):
        self.data_dir = data_dir
        self.port = port or free_port()
        self.base = "http://127.0.0.1:%d" % self.port
        self.env = dict(os.environ, MICRONAUT_SERVER_PORT=str(self.port), CMS_DATA_DIR=data_dir,
                        CMS_ADMIN_PASSWORD=ADMIN_PASSWORD, **(env or {}))
        self.proc = None
        self.local = threading.local()

    def start(self):
        os.makedirs(self.data_dir, exist_ok=True)
        log = open(os.path.join(self.data_dir, "server.log"), "a")
        started = time.time()
        self.proc = subprocess.Popen(java_command(), env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        while time.time() < started + 180:
            if self.proc.poll() is not None:
                sys.exit("server exited with %s during start; see %s" % (self.proc.returncode, log.name))
            try:
                if self.request("GET", "/health")[0] == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        sys.exit("server did not answer /health within 180 s; see " + log.name)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def request(self, method, path, body=None, token=None, accept="application/json"):
        """One request on this thread's keep-alive connection: (status, body bytes)."""
        headers = {"Accept": accept}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if token:
            headers["Authorization"] = "Bearer " + token
        for attempt in (1, 2):  # a kept-alive connection the server closed is reopened once
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            try:
                conn.request(method, path, body=data, headers=headers)
                response = conn.getresponse()
                return response.status, response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                conn.close()
                self.local.conn = None
                if attempt == 2 or method not in ("GET", "HEAD"):
                    raise
            except OSError:
                conn.close()
                self.local.conn = None
                raise

    def json(self, method, path, body=None, token=None, expect=(200, 201)):
        status, text = self.request(method, path, body, token)
        if status not in expect:
            raise RuntimeError("%s %s answered %s: %s" % (method, path, status, text[:300].decode("utf-8", "replace")))
        return json.loads(text) if text.strip() else None

    def login(self, username, password):
        return self.json("POST", "/login", {"username": username, "password": password})["access_token"]


class Writer:
    """Deterministic newsroom prose: every story's fields from one seeded random generator."""

    def __init__(self, rng):
        self.rng = rng

    def words(self, n):
        return [self.rng.choice(WORDS) for _ in range(n)]

    def sentence(self, low=8, high=24):
        words = self.words(self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def fitted(self, low, high, sentence):
        """Text between low and high characters: whole words, as a headline or a sentence."""
        target = self.rng.randint(low, high)
        words = []
        while len(" ".join(words)) < target:
            words.append(self.rng.choice(WORDS))
        while len(" ".join(words)) + (1 if sentence else 0) > high:
            words.pop()
        text = " ".join(words).capitalize()
        while len(text) + (1 if sentence else 0) < low:  # popping may undershoot: pad with short words
            text += " " + self.rng.choice([w for w in WORDS if len(w) <= 3])
        return text + "." if sentence else text

    def body(self, slug_hint):
        """400-1,200 words of Markdown in paragraphs, a subheading in longer stories, a link, emphasis."""
        total = self.rng.randint(400, 1200)
        paragraphs, written = [], 0
        while written < total:
            size = min(self.rng.randint(40, 120), total - written)
            sentences, n = [], 0
            while n < size:
                s = self.sentence(6, min(24, max(6, size - n)))
                sentences.append(s)
                n += len(s.split())
            paragraphs.append(" ".join(sentences))
            written += n
        link = self.rng.randrange(len(paragraphs))
        paragraphs[link] += " Read [the full report](https://example.org/reports/%s) for the figures." % slug_hint
        for i in self.rng.sample(range(len(paragraphs)), min(3, len(paragraphs))):
            words = paragraphs[i].split(" ")
            j = self.rng.randrange(1, len(words) - 1)
            if words[j].isalpha():
                words[j] = ("**%s**" if self.rng.random() < 0.3 else "*%s*") % words[j]
            paragraphs[i] = " ".join(words)
        if len(paragraphs) > 6:
            paragraphs.insert(len(paragraphs) // 2, "## " + self.fitted(20, 50, False))
        if self.rng.random() < 0.4:
            paragraphs.insert(1, '> "%s"' % self.sentence(10, 20))
        return "\n\n".join(paragraphs)


def plan(n, seed=SEED):
    """Everything the generation creates, decided before any request: the same on every run."""
    rng = random.Random(seed)
    writer = Writer(rng)
    names = rng.sample(["%s %s" % (f, l) for f in FIRST_NAMES for l in LAST_NAMES], 300)
    authors = [{"name": name, "bio": "%s writes for the newsroom. %s" % (name, writer.sentence(8, 16))}
               for name in names]
    tags = ["%s %s" % (a, b) for a in ADJECTIVES for b in NOUNS]
    rng.shuffle(tags)
    tag_weights = [1 / (rank + 1) for rank in range(len(tags))]  # a few tags are everywhere, most are rare
    author_weights = [1 / (rank + 1) ** 0.6 for rank in range(len(authors))]
    section_weights = [s[3] for s in SECTIONS]
    end = min(WINDOW_END, datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1))
    start = end - WINDOW
    slot = WINDOW / n
    stories = []
    for i in range(n):
        headline = writer.fitted(50, 110, False)
        section = rng.choices(SECTIONS, weights=section_weights)[0][0]
        byline_count = rng.choices((1, 2, 3), weights=(70, 22, 8))[0]
        bylines = []
        while len(bylines) < byline_count:
            a = rng.choices(range(len(authors)), weights=author_weights)[0]
            if a not in bylines:
                bylines.append(a)
        story_tags = []
        for _ in range(rng.choices((0, 1, 2, 3, 4), weights=(15, 25, 30, 20, 10))[0]):
            t = rng.choices(tags, weights=tag_weights)[0]
            if t not in story_tags:
                story_tags.append(t)
        at = start + slot * (i + rng.random())
        stories.append({"headline": headline, "dek": writer.fitted(120, 220, True),
                        "body": writer.body("r%d" % i), "section": section, "bylines": bylines,
                        "tags": story_tags, "publishedAt": at.strftime("%Y-%m-%dT%H:%M:%SZ"), "index": i})
    return authors, stories


def read_marker(data_dir):
    path = os.path.join(data_dir, MARKER)
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def default_data_dir(n, pictures=0):
    return os.path.join(WORK, str(n) if not pictures else "%d-pictures-%d" % (n, pictures))


def prepare_dir(data_dir, n, pictures=0):
    """True when the directory already holds the N stories; wipes an unfinished earlier generation."""
    marker = read_marker(data_dir)
    if marker:
        if marker["stories"] != n or marker.get("pictures", 0) != pictures:
            sys.exit("%s holds %d generated stories with %d pictures, not %d with %d: choose another --data-dir"
                     % (data_dir, marker["stories"], marker.get("pictures", 0), n, pictures))
        return True
    if os.path.exists(os.path.join(data_dir, IN_PROGRESS)):
        print("%s holds an unfinished generation: starting again" % data_dir, flush=True)
        shutil.rmtree(data_dir)
    elif os.path.isdir(data_dir) and os.listdir(data_dir):
        sys.exit("%s is not empty and holds no generated stories: choose another --data-dir" % data_dir)
    os.makedirs(data_dir, exist_ok=True)
    open(os.path.join(data_dir, IN_PROGRESS), "w").close()
    return False


def upload_picture(srv, path, token):
    """POST /api/media with one file, as multipart/form-data: the created item."""
    boundary = "----bench-%d" % random.getrandbits(64)
    with open(path, "rb") as f:
        data = f.read()
    body = (("--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
             "Content-Type: image/jpeg\r\n\r\n" % (boundary, os.path.basename(path))).encode()
            + data + ("\r\n--%s--\r\n" % boundary).encode())
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=120)
    try:
        conn.request("POST", "/api/media", body=body, headers={
            "Content-Type": "multipart/form-data; boundary=" + boundary, "Accept": "application/json",
            "Authorization": "Bearer " + token})
        response = conn.getresponse()
        answer = response.read()
        if response.status != 201:
            raise RuntimeError("POST /api/media answered %d: %s" % (response.status, answer[:300]))
        return json.loads(answer)
    finally:
        conn.close()


def upload_pictures(srv, count, token):
    """The test photo, count times, each with its own focal point (so its own crops) and alt text: their ids."""
    ids = []
    for i in range(count):
        picture = upload_picture(srv, PHOTO, token)
        focus = {"x": round(0.2 + 0.6 * (i % 5) / 4, 3), "y": round(0.25 + 0.5 * (i // 5 % 3) / 2, 3)}
        srv.json("PATCH", "/api/media/%d" % picture["id"], {"alt": "Test photo %d" % (i + 1), "focalPoint": focus},
                 token)
        ids.append(picture["id"])
    return ids


def generate(n, data_dir=None, port=None, threads=8, seed=SEED, pictures=0):
    """Generates (or finds) the N stories in data_dir; answers the marker: what the data dir holds."""
    data_dir = os.path.abspath(data_dir or default_data_dir(n, pictures))
    if prepare_dir(data_dir, n, pictures):
        print("%s already holds %d generated stories" % (os.path.relpath(data_dir), n), flush=True)
        return read_marker(data_dir)
    ensure_jar()
    authors, stories = plan(n, seed)
    began = time.time()
    with Server(data_dir, port) as srv:
        print("generating %d stories in %s (server on port %d, %d client threads)"
              % (n, os.path.relpath(data_dir), srv.port, threads), flush=True)
        admin = srv.login("admin", ADMIN_PASSWORD)
        for slug, title, description, _ in SECTIONS:
            srv.json("POST", "/api/sections", {"slug": slug, "title": title, "description": description}, admin)
        srv.json("POST", "/api/users", {"username": EDITOR[0], "password": EDITOR[1],
                                        "displayName": "Bench Editor", "role": "EDITOR"}, admin)
        editor = srv.login(*EDITOR)
        with ThreadPoolExecutor(threads) as pool:
            slugs = list(pool.map(lambda a: srv.json("POST", "/api/authors", a, editor)["slug"], authors))
        print("  20 sections, %d authors, 1 editor in %.1f s" % (len(slugs), time.time() - began), flush=True)
        leads = upload_pictures(srv, pictures, editor) if pictures else []
        if leads:
            # the most frequent bylines get a photo each, shown beside the names as the reference site does
            for slug, author, photo in zip(slugs, authors, leads):
                srv.json("PUT", "/api/authors/" + slug, {"name": author["name"], "slug": slug, "bio": author["bio"],
                                                         "photo": photo}, editor)
            print("  %d pictures, %d of them authors' photos, in %.1f s" % (len(leads), min(len(leads), len(slugs)),
                                                                             time.time() - began), flush=True)

        done = [0]
        lock = threading.Lock()
        stories_began = time.time()

        def create(story):
            body = {"headline": story["headline"], "dek": story["dek"], "body": story["body"],
                    "section": story["section"], "bylines": [slugs[a] for a in story["bylines"]],
                    "tags": story["tags"]}
            if leads:
                body["leadImage"] = {"media": leads[story["index"] % len(leads)]}
            created = srv.json("POST", "/api/stories", body, editor)
            srv.json("POST", "/api/stories/%d/publish" % created["id"], {"publishedAt": story["publishedAt"]}, editor)
            with lock:
                done[0] += 1

        with ThreadPoolExecutor(threads) as pool:
            futures = [pool.submit(create, s) for s in stories]
            shown = time.time()
            while done[0] < n:
                failed = next((f for f in futures if f.done() and f.exception()), None)
                if failed:
                    for f in futures:
                        f.cancel()
                    raise failed.exception()
                time.sleep(0.5)
                if time.time() - shown >= 5 or done[0] == n:
                    shown = time.time()
                    elapsed = shown - stories_began
                    rate = done[0] / elapsed
                    eta = (n - done[0]) / rate if rate else 0
                    print("  %d/%d stories  %.1f stories/s  %s left" % (done[0], n, rate, clock(eta)), flush=True)
        elapsed = time.time() - stories_began
        live = srv.json("GET", "/api/stories?status=PUBLISHED&size=1", token=editor)["totalItems"]
        if live != n:
            raise RuntimeError("expected %d published stories, the server has %d" % (n, live))
    counts = {}
    for s in stories:
        counts[s["section"]] = counts.get(s["section"], 0) + 1
    marker = {"stories": n, "pictures": pictures, "seed": seed, "sections": counts, "authors": len(slugs), "tags": 400,
              "editor": EDITOR[0], "generatedAt": datetime.datetime.now(datetime.timezone.utc).isoformat(),
              "seconds": round(elapsed, 1), "storiesPerSecond": round(n / elapsed, 1), "threads": threads}
    with open(os.path.join(data_dir, MARKER), "w") as f:
        json.dump(marker, f, indent=2)
    os.remove(os.path.join(data_dir, IN_PROGRESS))
    print("generated %d stories in %s (%.1f stories/s, each a create and a publish); total %s"
          % (n, clock(elapsed), n / elapsed, clock(time.time() - began)), flush=True)
    return marker


def clock(seconds):
    seconds = int(seconds)
    return "%dm%02ds" % (seconds // 60, seconds % 60) if seconds >= 60 else "%ds" % seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, required=True)
    parser.add_argument("--data-dir", help="default: bench/work/<stories>[-pictures-<pictures>]")
    parser.add_argument("--port", type=int, help="default: a free port")
    parser.add_argument("--threads", type=int, default=8, help="client threads (default 8)")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--pictures", type=int, default=0, help="pictures uploaded, one the lead image of each story")
    args = parser.parse_args()
    if args.stories < 1:
        parser.error("--stories must be at least 1")
    generate(args.stories, args.data_dir, args.port, args.threads, args.seed, args.pictures)


if __name__ == "__main__":
    main()
