"""Hostile input against a running Roder: every route, for every role, with extreme values.

Walks the routes `roder routes` lists, signed in as each demo role (and as nobody): path
parameters replaced by real identifiers and by hostile ones, query parameters and the fields
of every form the pages show filled with extreme values (Int.max, -1, 1e309, NaN, empty, very
long, control characters, markup, bytes that are not UTF-8). Fails on any 5xx answer, on a page
where hostile markup comes back live (unescaped), and if the server stops answering. The
systematic pass (every value in every field of every form, every query name, every hostile
identifier) always completes; random combinations then fill the rest of --seconds. Run by scripts/test against a server of its
own; standard library only.

  python3 Tests/Browser/fuzz.py --base-url http://127.0.0.1:18090 --routes routes.txt --seconds 150
"""
import argparse
import html.parser
import http.client
import http.cookiejar
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ACCOUNTS = {
    "administrator": ("admin@sjobacka.example", "demo-admin-2026"),
    "programme owner": ("hr@sjobacka.example", "demo-owner-2026"),
    "manager": ("chef@sjobacka.example", "demo-manager-2026"),
    "coach": ("coach@sjobacka.example", "demo-coach-2026"),
    "viewer": ("ledningsgrupp@sjobacka.example", "demo-viewer-2026"),
    "programme operator": ("operator@program.example", "demo-operator-2026"),
}

# Text values: numbers at and past every limit, empties, markup, controls, very long.
HOSTILE = [
    "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-1", "0", "1e309", "-1e309", "NaN", "inf",
    "1.7976931348623157e308", "4.9e-324", "99999999999999999999999999", "", " ", "\u00a0", "0x10", "1,5", "١٢",
    "\"><b>x</b>", "'; DROP TABLE users; --", "%00", "\u0000", "\r\nSet-Cookie: x=1", "\u202eevil", "<script>alert(1)</script>",
    "a" * 10_000, "å" * 3_000, "2026-02-30", "9999-12-31", "0000-00-00", "24:61", "../../etc/passwd", "//evil.example",
]
# Path parameters: hostile stand-ins for identifiers.
HOSTILE_IDS = ["0", "-1", "9223372036854775807", "00000000-0000-0000-0000-000000000000", "not-a-uuid", "%FF", "%00",
               "a" * 300, "2026-3", "2026-1", "99999-1", "..", "%2e%2e"]
# Bytes that are no UTF-8, for form bodies.
NOT_UTF8 = b"\xff\xfe\xc3\x28\xa0\xa1"
# What the hostile values above become when a page writes them unescaped.
LIVE_MARKUP = ["<b>x</b>", "<script>alert(1)</script>"]
QUERY_NAMES = ["page", "q", "next", "return", "from", "to", "parent", "code", "lang", "year", "sheet", "area"]


class Forms(html.parser.HTMLParser):
    """The forms of a page: action, method, fields (name → a sample value), and the links."""

    def __init__(self):
        super().__init__()
        self.forms, self.links, self.current = [], set(), None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {"action": attrs.get("action") or "", "method": (attrs.get("method") or "get").lower(),
                            "multipart": "multipart" in (attrs.get("enctype") or ""), "fields": {}}
            self.forms.append(self.current)
        elif tag in ("input", "select", "textarea", "button") and self.current is not None and attrs.get("name"):
            self.current["fields"].setdefault(attrs["name"], attrs.get("value") or "")
        elif tag == "a" and attrs.get("href", "").startswith("/"):
            self.links.add(attrs["href"].split("#")[0])

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None


class Client:
    # Pages where a hostile value came back as live markup: an injection, whatever the status.
    markup_leaks = []

    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect())
        self.csrf = ""

    def send(self, method, path, body=None, content_type=None):
        request = urllib.request.Request(self.base + path, data=body, method=method)
        if content_type:
            request.add_header("Content-Type", content_type)
        request.add_header("Accept-Language", random.choice(["sv", "fi", "en", "x" * 300, "*;q=1e309"]))
        try:
            response = self.opener.open(request, timeout=30)
            status, text = response.status, response.read()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read()
        except (urllib.error.URLError, ConnectionError, TimeoutError, http.client.HTTPException):
            # No answer at all: the server died or hung on this request.
            return 599, ""
        page = text.decode("utf-8", "replace")
        if page.lstrip().lower().startswith("<!doctype html") and any(marker in page for marker in LIVE_MARKUP):
            Client.markup_leaks.append(f"{method} {path[:160]} → {status}: a hostile value is live markup in the page")
        found = re.search(r'name="_csrf" value="([^"]+)"', page)
        if found:
            self.csrf = found.group(1)
        return status, page

    def sign_in(self, email, password):
        self.send("GET", "/sign-in")
        body = urllib.parse.urlencode({"email": email, "password": password, "_csrf": self.csrf}).encode()
        self.send("POST", "/sign-in", body, "application/x-www-form-urlencoded")
        self.send("GET", "/")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Fuzz:
    def __init__(self, base, routes, seconds):
        self.base, self.routes, self.deadline = base.rstrip("/"), routes, time.time() + seconds
        self.failures, self.requests, self.ids = [], 0, set()
        self.forms = {}
        # Paths with the query names their links use, e.g. /audit → {page}.
        self.queries = {}
        self.covered_forms = 0

    def alive(self):
        try:
            return urllib.request.urlopen(self.base + "/health", timeout=10).status == 200
        except Exception:  # noqa: BLE001
            return False

    def check(self, who, method, path, status, body_note=""):
        self.requests += 1
        if status >= 500:
            self.failures.append(f"{who}: {method} {path[:160]} {body_note[:80]} → {status if status != 599 else 'no answer'}")
        if (status == 599 or self.requests % 50 == 0) and not self.alive():
            self.failures.append(f"the server stopped answering after {who}: {method} {path[:160]}")
            raise SystemExit(self.report())

    def crawl(self, client, who):
        """Pages reachable from the start page, for identifiers and forms."""
        queue, seen = ["/", "/organisation", "/strategy", "/events", "/feedback", "/admin/users", "/operator",
                       "/organisation/scenarios", "/organisation/roles", "/strategy/initiatives", "/audit"], set()
        while queue and len(seen) < 60:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.add(path)
            status, page = client.send("GET", path)
            self.check(who, "GET", path, status)
            parser = Forms()
            parser.feed(page)
            self.ids.update(re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", page))
            for link in parser.links:
                target, _, query = link.partition("?")
                if query:
                    self.queries.setdefault((who, target), set()).update(urllib.parse.parse_qs(query, keep_blank_values=True))
            for form in parser.forms:
                if form["action"].startswith("/") and form["action"] not in ("/sign-out",):
                    self.forms.setdefault((who, form["action"], form["method"]), form)
            queue += sorted(link for link in parser.links if link not in seen and "sign-out" not in link)

    def fill(self, pattern):
        """A route pattern with its parameters filled: real identifiers first, then hostile ones."""
        parts = pattern.strip("/").split("/") if pattern != "/" else []
        choices = []
        for part in parts:
            if part.startswith(":"):
                choices.append(random.choice(sorted(self.ids) + HOSTILE_IDS) if self.ids else random.choice(HOSTILE_IDS))
            else:
                choices.append(part)
        return "/" + "/".join(urllib.parse.quote(choice, safe="%") for choice in choices)

    def form_body(self, client, fields, multipart):
        values = {name: (client.csrf if name == "_csrf" else random.choice(HOSTILE + [value])) for name, value in fields.items()}
        if multipart:
            boundary = "----RoderFuzz"
            body = b""
            for name, value in values.items():
                body += f"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"".encode()
                if name == "file":
                    body += b"; filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\n" + random.choice([NOT_UTF8, b"a;b\n1;\"2", b"PK\x03\x04junk"])
                else:
                    body += b"\r\n\r\n" + value.encode()
                body += b"\r\n"
            return body + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"
        encoded = urllib.parse.urlencode(values).encode()
        if random.random() < 0.2:
            encoded += b"&" + urllib.parse.quote_from_bytes(b"name").encode() + b"=" + NOT_UTF8
        return encoded, "application/x-www-form-urlencoded"

    def run(self):
        print(f"Fuzzing {len(self.routes)} routes for {len(ACCOUNTS) + 1} kinds of user", flush=True)
        clients = {"anonymous": Client(self.base)}
        for who, (email, password) in ACCOUNTS.items():
            client = Client(self.base)
            client.sign_in(email, password)
            clients[who] = client
        for who, client in clients.items():
            self.crawl(client, who)
        self.systematic(clients)
        # The pages again, now that forms have stored hostile values: shown anywhere, they
        # must come back escaped.
        for who, client in clients.items():
            self.crawl(client, who)
        rounds = 0
        while time.time() < self.deadline:
            rounds += 1
            for who, client in clients.items():
                for method, pattern in self.routes:
                    if time.time() > self.deadline:
                        break
                    if pattern in ("/sign-out",):
                        continue
                    path = self.fill(pattern)
                    if method == "GET":
                        query = {name: random.choice(HOSTILE) for name in random.sample(QUERY_NAMES, 3)}
                        path += "?" + urllib.parse.urlencode(query)
                        status, _ = client.send("GET", path)
                        self.check(who, "GET", path, status)
                    else:
                        form = self.forms.get((who, pattern, "post")) or next(
                            (f for (w, action, m), f in self.forms.items() if w == who and m == "post"
                             and re.fullmatch(re.sub(r":[A-Za-z]+", "[^/]+", pattern), action)), None)
                        fields = dict(form["fields"]) if form else {"_csrf": "", "name": "", "value": ""}
                        fields["_csrf"] = ""
                        client.send("GET", "/account" if who != "anonymous" else "/sign-in")  # a fresh CSRF token
                        body, content_type = self.form_body(client, fields, bool(form and form["multipart"]))
                        status, _ = client.send("POST", path, body, content_type)
                        self.check(who, "POST", path, status, str(sorted(fields)))
            # Forms as the pages show them, at their own actions, with extreme values.
            for (who, action, method), form in list(self.forms.items()):
                if time.time() > self.deadline:
                    break
                client = clients[who]
                client.send("GET", "/account" if who != "anonymous" else "/sign-in")
                if method == "post":
                    body, content_type = self.form_body(client, form["fields"], form["multipart"])
                    status, _ = client.send("POST", action, body, content_type)
                else:
                    query = {name: random.choice(HOSTILE) for name in form["fields"]}
                    status, _ = client.send("GET", action.split("?")[0] + "?" + urllib.parse.urlencode(query))
                self.check(who, method.upper(), action, status, str(sorted(form["fields"])))
        if not self.alive():
            self.failures.append("the server stopped answering")
        print(f"{self.requests} requests: every form field with every value in {self.covered_forms} of {len(self.forms)} forms, "
              f"then {rounds} rounds of random values; {len(self.ids)} identifiers", flush=True)
        return self.report()

    def systematic(self, clients):
        """Every hostile value once in every query name the pages' links use, in every field of
        every form the pages show (one field at a time, the others as the page had them), and
        every hostile identifier in every route's parameters."""
        for (who, path), names in sorted(self.queries.items()):
            for name in sorted(names):
                for value in HOSTILE:
                    target = path + "?" + urllib.parse.urlencode({name: value})
                    status, _ = clients[who].send("GET", target)
                    self.check(who, "GET", target, status)
        covered = 0
        for (who, action, method), form in sorted(self.forms.items(), key=lambda item: item[0]):
            covered += 1
            self.covered_forms = covered
            client = clients[who]
            for field in sorted(name for name in form["fields"] if name != "_csrf"):
                for value in HOSTILE:
                    values = dict(form["fields"])
                    values[field] = value
                    if method == "post":
                        values["_csrf"] = client.csrf
                        if form["multipart"]:
                            body, content_type = self.form_body(client, values, True)
                        else:
                            body, content_type = urllib.parse.urlencode(values).encode(), "application/x-www-form-urlencoded"
                        status, _ = client.send("POST", action, body, content_type)
                    else:
                        status, _ = client.send("GET", action.split("?")[0] + "?" + urllib.parse.urlencode(values))
                    self.check(who, method.upper(), action, status, f"{field}={value[:40]!r}")
        for method, pattern in self.routes:
            if ":" not in pattern or pattern == "/sign-out":
                continue
            for hostile in HOSTILE_IDS:
                path = "/" + "/".join(urllib.parse.quote(hostile, safe="%") if part.startswith(":") else part
                                      for part in pattern.strip("/").split("/"))
                client = clients["programme owner"]
                status, _ = client.send(method, path, urllib.parse.urlencode({"_csrf": client.csrf}).encode() if method == "POST" else None,
                                        "application/x-www-form-urlencoded" if method == "POST" else None)
                self.check("programme owner", method, path, status)

    def report(self):
        self.failures += Client.markup_leaks
        Client.markup_leaks = []
        for failure in self.failures[:40]:
            print("  \u2718 " + failure, flush=True)
        print(f"fuzz: {len(self.failures)} failures", flush=True)
        return 1 if self.failures else 0


def routes_from(text):
    """`roder routes` draws a table: | GET | /path/:id |."""
    found = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] in ("GET", "POST") and cells[1].startswith("/"):
            found.append((cells[0], cells[1]))
    return found


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--routes", required=True, help="a file with the output of `roder routes`")
    parser.add_argument("--seconds", type=float, default=150)
    parser.add_argument("--seed", type=int, default=2026)
    arguments = parser.parse_args()
    random.seed(arguments.seed)
    with open(arguments.routes, encoding="utf-8") as file:
        routes = routes_from(file.read())
    assert len(routes) > 50, f"only {len(routes)} routes read"
    sys.exit(Fuzz(arguments.base_url, routes, arguments.seconds).run())
