#!/usr/bin/env python3
"""Every list Roder exports, opened by LibreOffice: each `.xlsx` is converted to CSV by
`soffice --headless` (a real spreadsheet program, not our own reader) and must come out with
the same header and the same values as Roder's own CSV of the list.

    spreadsheets.py --base-url http://127.0.0.1:18080 --routes routes.txt --out DIR
"""
import argparse
import csv
import datetime
import http.cookiejar
import io
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

OWNER = ("hr@sjobacka.example", "demo-owner-2026")
ADMINISTRATOR = ("admin@sjobacka.example", "demo-admin-2026")


class Client:
    def __init__(self, base, account):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = self.get("/sign-in").decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode([("email", account[0]), ("password", account[1]), ("_csrf", token)]).encode()
        request = urllib.request.Request(base + "/sign-in", data=body, method="POST")
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
        self.opener.open(request, timeout=30).read()

    def get(self, path):
        request = urllib.request.Request(self.base + path)
        # The account's own language wins over this (the browser journeys may have set it).
        request.add_header("Accept-Language", "en")
        with self.opener.open(request, timeout=60) as response:
            assert response.status == 200, f"{path}: {response.status}"
            return response.read()


def export_paths(routes_file):
    """The export routes the server registers (`roder routes`), so a new list is never skipped."""
    with open(routes_file, encoding="utf-8") as handle:
        paths = sorted(set(re.findall(r"\|\s*GET\s*\|\s*(/exports/[a-z-]+)\s*\|", handle.read())))
    assert len(paths) >= 15, f"only {len(paths)} export routes: {paths}"
    return paths


def libreoffice_csv(xlsx_path, folder):
    """The workbook as LibreOffice reads it, saved as CSV with raw values (not as shown)."""
    result = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile", "--convert-to",
         'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,false', "--outdir", folder, xlsx_path],
        capture_output=True, text=True, timeout=180)
    converted = os.path.join(folder, os.path.basename(xlsx_path)[:-5] + ".csv")
    assert result.returncode == 0 and os.path.exists(converted), f"LibreOffice could not convert {xlsx_path}: {result.stdout} {result.stderr}"
    with open(converted, encoding="utf-8") as handle:
        return list(csv.reader(handle))


def same(ours, theirs, decimal_comma):
    """One cell: equal text, equal numbers, or a day LibreOffice wrote as its date serial."""
    if ours == theirs:
        return True
    if ours.startswith("'") and ours[1:] == theirs:  # a formula neutralised in CSV, text in the workbook
        return True
    try:
        return abs(float(ours.replace(",", ".") if decimal_comma else ours) - float(theirs)) < 0.0001
    except ValueError:
        pass
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", ours):
        try:
            day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(theirs)))
            return day.isoformat() == ours
        except ValueError:
            return False
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--routes", required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    owner, administrator = Client(arguments.base_url, OWNER), Client(arguments.base_url, ADMINISTRATOR)
    failures = []
    paths = export_paths(arguments.routes)
    for path in paths:
        client = administrator if path.endswith("/users") else owner
        name = path.rsplit("/", 1)[1]
        text = client.get(path + "?format=csv").decode("utf-8-sig")
        # Swedish and Finnish: ';' and a decimal comma; English: ',' and a point (as LibreOffice writes).
        decimal_comma = ";" in text.split("\r\n", 1)[0]
        ours = list(csv.reader(io.StringIO(text), delimiter=";" if decimal_comma else ","))
        xlsx = os.path.join(arguments.out, name + ".xlsx")
        with open(xlsx, "wb") as handle:
            handle.write(client.get(path + "?format=xlsx"))
        theirs = libreoffice_csv(xlsx, arguments.out)
        if len(ours) != len(theirs):
            failures.append(f"{name}: {len(ours)} rows in our CSV, {len(theirs)} from LibreOffice")
            continue
        if len(ours) < 2:
            failures.append(f"{name}: no rows")
        for number, (our_row, their_row) in enumerate(zip(ours, theirs), start=1):
            their_row = their_row + [""] * (len(our_row) - len(their_row))
            for column, (a, b) in enumerate(zip(our_row, their_row)):
                if not same(a, b, decimal_comma):
                    failures.append(f"{name} line {number} column {column + 1}: ours {a!r}, LibreOffice {b!r}")
    for failure in failures[:40]:
        print("  ✘", failure)
    print(f"{len(paths)} lists opened by LibreOffice, {len(failures)} differences")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
