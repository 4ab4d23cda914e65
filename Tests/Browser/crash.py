"""Crash safety: every write Roder acknowledged is there after the process is killed.

Starts `roder demo` (SQLite in --data-dir, or PostgreSQL at --database-url), sends a stream of
writes from three clients at once — measurements by the programme owner; events created by the
owner, each with a manager registering, checking in and answering its feedback — kills the
server with SIGKILL at a random moment, checks the SQLite file's integrity, starts `roder serve`
on the same database, and checks that every write that got a 2xx/303 answer is there.
Standard library only.

  python3 Tests/Browser/crash.py --binary .build/debug/roder --port 18082 --data-dir /tmp/crash
"""
import argparse
import datetime
import http.cookiejar
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

OWNER = ("hr@sjobacka.example", "demo-owner-2026")
MANAGER = ("chef@sjobacka.example", "demo-manager-2026")
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())
        self.csrf = ""

    def send(self, method, path, fields=None):
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(list(fields) + [("_csrf", self.csrf)]).encode()
        request = urllib.request.Request(self.base + path, data=body, method=method)
        if body is not None:
            request.add_header("Content-Type", "application/x-www-form-urlencoded")
        request.add_header("Accept-Language", "en")
        try:
            response = self.opener.open(request, timeout=20)
            status, headers, text = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, headers, text = error.code, error.headers, error.read()
        page = text.decode("utf-8", "replace")
        found = re.search(r'name="_csrf" value="([^"]+)"', page)
        if found:
            self.csrf = found.group(1)
        return status, headers.get("Location", ""), page

    def sign_in(self, account):
        self.send("GET", "/sign-in")
        status, location, _ = self.send("POST", "/sign-in", [("email", account[0]), ("password", account[1])])
        assert status == 303 and location == "/", f"sign-in as {account[0]}: {status} {location}"
        self.send("GET", "/")


class Server:
    def __init__(self, binary, port, data_dir, database_url, log):
        self.binary, self.port, self.data_dir, self.database_url, self.log = binary, port, data_dir, database_url, log
        self.process = None

    def environment(self):
        # UTC, so that this script knows the server's day and hour without time-zone data.
        environment = dict(os.environ, RODER_PORT=str(self.port), RODER_DATA_DIR=self.data_dir, RODER_BCRYPT_COST="4", RODER_TIME_ZONE="UTC",
                           RODER_SQLITE_FILE=os.path.join(self.data_dir, "demo.sqlite"))
        if self.database_url:
            environment["DATABASE_URL"] = self.database_url
        return environment

    def start(self, command):
        self.process = subprocess.Popen([self.binary, command], env=self.environment(), stdout=self.log, stderr=subprocess.STDOUT)
        for _ in range(300):
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2).status == 200:
                    return
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.2)
        raise SystemExit(f"roder {command} did not start")

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


class Writes:
    """What the server acknowledged, by kind."""

    def __init__(self):
        self.lock = threading.Lock()
        self.measurements, self.events, self.registrations, self.answers = [], [], [], []
        self.stopped = threading.Event()

    def note(self, kind, value):
        with self.lock:
            getattr(self, kind).append(value)


def measurements(base, indicator_path, writes):
    owner = Browser(base)
    owner.sign_in(OWNER)
    owner.send("GET", "/strategy")
    number = 0
    while not writes.stopped.is_set():
        number += 1
        comment = f"crash-{number}"
        try:
            status, _, _ = owner.send("POST", indicator_path, [("date", datetime.date.today().isoformat()), ("value", str(number)), ("comment", comment)])
        except Exception:  # noqa: BLE001 - the server is gone: nothing acknowledged
            return
        if status == 303:
            writes.note("measurements", comment)


def events(base, area_id, writes):
    owner, manager = Browser(base), Browser(base)
    owner.sign_in(OWNER)
    manager.sign_in(MANAGER)
    number = 0
    while not writes.stopped.is_set():
        number += 1
        now = datetime.datetime.now(datetime.timezone.utc)
        start = max(now - datetime.timedelta(minutes=30), now.replace(hour=0, minute=0))
        end = min(now + datetime.timedelta(minutes=90), now.replace(hour=23, minute=59))
        try:
            owner.send("GET", "/events/new")
            status, location, _ = owner.send("POST", "/events/new", [
                ("kind", "seminar"), ("title-sv", f"Kraschtest {number}"), ("date", now.date().isoformat()),
                ("start", start.strftime("%H:%M")), ("end", end.strftime("%H:%M")), ("area", area_id),
                ("invite-level[]", "top"), ("invite-level[]", "middle"),
            ])
            if status != 303:
                continue
            event = re.search(UUID, location).group(0)
            writes.note("events", event)
            path = f"/events/{event}"
            _, _, page = owner.send("GET", path)
            code = re.search(r'class="check-in-code[^"]*"[^>]*>([A-Z0-9]{6})<', page) or re.search(r"code=([A-Z0-9]{6})", page)
            manager.send("GET", path)
            if manager.send("POST", path + "/registration", [("action", "register")])[0] == 303:
                writes.note("registrations", event)
            if code is None or manager.send("POST", path + "/check-in", [("code", code.group(1))])[0] != 303:
                continue
            manager.send("GET", path + "/feedback")
            status, _, _ = manager.send("POST", path + "/feedback", [("relevance", "4"), ("importance", "5"), ("suitability", "3"),
                                                                     ("worth_time", "4"), ("comment", "")])
            if status == 303:
                writes.note("answers", event)
        except Exception:  # noqa: BLE001 - the server is gone
            return


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    arguments = parser.parse_args()
    random.seed(arguments.seed)
    base = f"http://127.0.0.1:{arguments.port}"
    name = "PostgreSQL" if arguments.database_url else "SQLite"
    os.makedirs(arguments.data_dir, exist_ok=True)
    with open(os.path.join(arguments.data_dir, "server.log"), "ab") as log:
        server = Server(arguments.binary, arguments.port, arguments.data_dir, arguments.database_url, log)
        try:
            server.start("demo")
            owner = Browser(base)
            owner.sign_in(OWNER)
            _, _, strategy = owner.send("GET", "/strategy")
            goal = re.search(r'href="(/strategy/goals/' + UUID + ')"', strategy).group(1)
            _, _, goal_page = owner.send("GET", goal)
            indicator = re.search(r'action="(/strategy/indicators/' + UUID + '/measurements)"', goal_page).group(1)
            _, _, form = owner.send("GET", "/events/new")
            area = re.search(r'name="area".*?<option value="(' + UUID + ')"', form, re.S).group(1)

            writes = Writes()
            threads = [threading.Thread(target=measurements, args=(base, indicator, writes)),
                       threading.Thread(target=events, args=(base, area, writes))]
            for thread in threads:
                thread.start()
            moment = random.uniform(3, 8)
            time.sleep(moment)
            server.kill()
            writes.stopped.set()
            for thread in threads:
                thread.join(timeout=30)
            print(f"{name}: killed after {moment:.1f} s (seed {arguments.seed}); acknowledged {len(writes.measurements)} measurements, "
                  f"{len(writes.events)} events, {len(writes.registrations)} registrations, {len(writes.answers)} answers", flush=True)
            assert writes.measurements, "no write acknowledged before the kill: nothing to check"

            if not arguments.database_url:
                with sqlite3.connect(os.path.join(arguments.data_dir, "demo.sqlite")) as database:
                    result = database.execute("PRAGMA integrity_check").fetchone()[0]
                    assert result == "ok", f"integrity check: {result}"

            server.start("serve")
            owner, manager = Browser(base), Browser(base)
            owner.sign_in(OWNER)
            manager.sign_in(MANAGER)
            failures = []
            _, _, export = owner.send("GET", "/exports/measurements")
            # English: the export separates fields with commas.
            failures += [f"measurement {comment} lost" for comment in writes.measurements if f",{comment}\r\n" not in export]
            for event in writes.events:
                status, _, page = manager.send("GET", f"/events/{event}")
                if status != 200:
                    failures.append(f"event {event} lost ({status})")
                elif event in writes.registrations and 'value="cancel"' not in page:
                    failures.append(f"registration for {event} lost")
            for event in writes.answers:
                status, _, _ = manager.send("GET", f"/events/{event}/feedback")
                if status != 409:   # 409: already answered
                    failures.append(f"answer to {event} lost (the form opens again: {status})")
            for failure in failures[:20]:
                print("  \u2718 " + failure, flush=True)
            print(f"{name}: {len(failures)} acknowledged writes lost", flush=True)
            return 1 if failures else 0
        finally:
            server.stop()


if __name__ == "__main__":
    sys.exit(main())
