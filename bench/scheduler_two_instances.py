#!/usr/bin/env python3
"""Scheduler benchmark: two servers share one MySQL/MariaDB database; N stories are scheduled a few
seconds ahead, spread over a few seconds; both schedulers race for them. Reports how many stories
were published, how many were published more than once (must be 0), and the publish lateness
(audit time of `story.publish` minus the scheduled time): median, 95th percentile and worst.

    python3 bench/scheduler_two_instances.py [stories] [jdbc-url]
    default: 200 stories on jdbc:mysql://127.0.0.1:3306/cms_bench (created and dropped by the script)

Needs the built jar (mvn -q -B -DskipTests package) and a MariaDB/MySQL root account without a
password on 127.0.0.1 (as on the CI machine). Only loopback addresses are used.
"""
import datetime
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

STORIES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
DB = "cms_bench"
URL = sys.argv[2] if len(sys.argv) > 2 else "jdbc:mysql://127.0.0.1:3306/" + DB
JAR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cms-app", "target", "cms-app.jar")
PASSWORD = "Bench-admin-pass-1"


def mariadb(sql):
    subprocess.run(["mariadb", "-h", "127.0.0.1", "-u", "root", "-e", sql], check=True)


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def request(base, method, path, body=None, token=None):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def start(data_dir):
    port = free_port()
    env = dict(os.environ, MICRONAUT_SERVER_PORT=str(port), CMS_DATA_DIR=data_dir, CMS_DB_URL=URL,
               CMS_DB_USER="root", CMS_DB_PASSWORD="", CMS_ADMIN_PASSWORD=PASSWORD,
               CMS_JWT_SECRET="bench-shared-secret-bench-shared-secret-bench-shared-secret")
    log = open(os.path.join(data_dir, "server.log"), "w")
    proc = subprocess.Popen(["java", "-jar", JAR], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = "http://127.0.0.1:%d" % port
    for _ in range(600):
        try:
            if request(base, "GET", "/health")[0] == 200:
                return proc, base
        except OSError:
            pass
        if proc.poll() is not None:
            sys.exit("server exited; see " + log.name)
        time.sleep(0.1)
    sys.exit("server did not start; see " + log.name)


def main():
    mariadb("DROP DATABASE IF EXISTS %s; CREATE DATABASE %s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" % (DB, DB))
    dirs = [tempfile.mkdtemp(prefix="cms-bench-"), tempfile.mkdtemp(prefix="cms-bench-")]
    servers = []
    try:
        servers.append(start(dirs[0]))   # the first start migrates the schema and creates the admin
        servers.append(start(dirs[1]))
        a, b = servers[0][1], servers[1][1]
        token = request(a, "POST", "/login", {"username": "admin", "password": PASSWORD})[1]["access_token"]
        request(a, "POST", "/api/sections", {"slug": "bench", "title": "Bench", "description": "d"}, token)
        ids = []
        for i in range(STORIES):
            code, st = request(a if i % 2 else b, "POST", "/api/stories",
                               {"headline": "Scheduled story %d" % i, "section": "bench"}, token)
            ids.append(st["id"])
        lead = 3 + STORIES * 0.06   # time to schedule them all before the first is due
        first = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(seconds=lead)
        due = {}
        for n, sid in enumerate(ids):
            at = first + datetime.timedelta(milliseconds=25 * n)   # spread over STORIES/40 seconds
            due[sid] = at
            code, body = request(a, "POST", "/api/stories/%d/schedule" % sid,
                                 {"publishAt": at.isoformat().replace("+00:00", "Z")}, token)
            if code != 200:
                sys.exit("schedule answered %s: %s" % (code, body))
        deadline = time.time() + lead + 30 + STORIES * 0.025
        while time.time() < deadline:
            code, page = request(a, "GET", "/api/stories?status=SCHEDULED&size=1", token=token)
            if page["totalItems"] == 0:
                break
            time.sleep(0.5)
        publishes, late = {}, []
        for sid in ids:
            code, trail = request(a, "GET", "/api/audit?story=%d&size=100" % sid, token=token)
            events = [e for e in trail["items"] if e["action"] == "story.publish"]
            publishes[sid] = len(events)
            if events:
                at = datetime.datetime.fromisoformat(events[-1]["at"].replace("Z", "+00:00"))
                late.append((at - due[sid]).total_seconds() * 1000)
        published = sum(1 for n in publishes.values() if n >= 1)
        twice = sum(1 for n in publishes.values() if n > 1)
        late.sort()
        print("stories scheduled: %d; published: %d; published more than once: %d" % (STORIES, published, twice))
        if late:
            print("lateness ms: median %.0f, p95 %.0f, worst %.0f" % (
                statistics.median(late), late[int(len(late) * 0.95) - 1], late[-1]))
        print("machine: %d cores; %s" % (os.cpu_count(), subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]))
        return 0 if published == STORIES and twice == 0 else 1
    finally:
        for proc, _ in servers:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(30)
        for d in dirs:
            shutil.rmtree(d, ignore_errors=True)
        mariadb("DROP DATABASE IF EXISTS %s" % DB)


if __name__ == "__main__":
    sys.exit(main())
