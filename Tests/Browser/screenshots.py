"""Screenshots of pages as a given demo user sees them, at desktop and phone width.

Not a test: a tool for looking at pages before calling them done.
  .venv/bin/python Tests/Browser/screenshots.py --base-url http://127.0.0.1:18080 \
      --email hr@sjobacka.example --password demo-owner-2026 --language fi --out /tmp/shots /strategy /strategy/initiatives
Each path gives <out>/<name>-desktop.png and <name>-phone.png (full page height).
"""
import argparse
import pathlib
import re

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--language", default="sv")
    parser.add_argument("--out", default="/tmp/roder-shots")
    parser.add_argument("--organisation", help="switch to the organisation whose name contains this, for users of several")
    parser.add_argument("paths", nargs="+")
    arguments = parser.parse_args()
    out = pathlib.Path(arguments.out)
    out.mkdir(parents=True, exist_ok=True)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": arguments.language})
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        base = arguments.base_url.rstrip("/")
        driver.get(base + "/sign-in")
        driver.find_element(By.ID, "email").send_keys(arguments.email)
        driver.find_element(By.ID, "password").send_keys(arguments.password)
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        current = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        if current != arguments.language:
            driver.find_element(By.CSS_SELECTOR, f"header .language-switch button[value='{arguments.language}']").click()
        if arguments.organisation:
            driver.get(base + "/account")
            select = Select(driver.find_element(By.ID, "organisation"))
            select.select_by_visible_text(next(o.text for o in select.options if arguments.organisation in o.text))
            driver.find_element(By.CSS_SELECTOR, "form[action='/account/organisation'] button[type=submit]").click()
        for path in arguments.paths:
            name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"
            for label, width in (("desktop", 1280), ("phone", 390)):
                driver.set_window_size(width, 900)
                driver.get(base + path)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(height + 100, 6000))
                driver.save_screenshot(str(out / f"{name}-{label}.png"))
                print(out / f"{name}-{label}.png")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
