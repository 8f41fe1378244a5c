#!/usr/bin/python3
"""Team surveys kept in the store, through the service (serve/survey_routes.cpp), on a loopback port.

    survey_store_service_test.py TRYNEXT SOURCE_DIR WORK_DIR

A team of 12 runs a survey: the manager creates it (codes shown once), twelve respondents answer with
their codes (some at the same time: nothing is lost, and a code's second use is refused), the settings
lock at the first response, the manager releases it (spread, response rate, a small group hidden, the
recommendations on the team's aggregate), a later release that adds one response is refused and not
recorded, and the report shows the stacked bars without any hidden group's figures. The server is
started here with its own store and token, and stopped after. Standard library only.
"""
import http.client
import json
import os
import random
import re
import signal
import subprocess
import sys
import threading

TRYNEXT, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORK, exist_ok=True)
TOKEN = "survey-test-token"
failures = []
checks = 0


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        failures.append(what)
        print("FAILED:", what, file=sys.stderr)
    return ok


store = os.path.join(WORK, "history.db")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(store + suffix):
        os.remove(store + suffix)
token_file = os.path.join(WORK, "token")
with open(token_file, "w") as f:
    f.write(TOKEN + "\n")
os.chmod(token_file, 0o600)
log = open(os.path.join(WORK, "survey-store-service.log"), "wb")
proc = subprocess.Popen([TRYNEXT, "serve", "--port", "0", "--store", store, "--token-file", token_file],
                        stdout=subprocess.PIPE, stderr=log)
first = proc.stdout.readline().decode().strip()
m = re.match(r"trynext serve: listening on http://127\.0\.0\.1:(\d+)$", first)
if not m:
    proc.kill()
    raise SystemExit(f"unexpected first line {first!r}")
port = int(m.group(1))


def call(method, path, body=None, token=TOKEN):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    r = conn.getresponse()
    raw = r.read()
    conn.close()
    try:
        return r.status, json.loads(raw)
    except ValueError:
        return r.status, raw.decode(errors="replace")


try:
    text = re.sub(r"^\s*//.*$", "", open(os.path.join(SOURCE, "examples", "team-merger.json")).read(), flags=re.M)
    example = json.loads(text)
    status, _ = call("POST", "/v1/teams/north/assessments?name=North", example)
    check(status == 201, f"the team's own assessment is recorded (got {status})")

    settings = {"min_n": 5, "headcount": 12, "group_field": "role",
                "groups": ["health_visitor", "nursery_nurse", "admin"]}
    status, body = call("POST", "/v1/teams/north/surveys", {"settings": settings}, token=None)
    check(status == 401, f"creating a survey needs the token (got {status})")
    status, body = call("POST", "/v1/teams/north/surveys", {"settings": dict(settings, min_n=2)})
    check(status == 400 and "min_n" in json.dumps(body), f"a minimum of 2 is refused naming min_n ({status} {body})")
    status, body = call("POST", "/v1/teams/north/surveys", {"settings": settings})
    check(status == 201, f"the survey is created (got {status} {body})")
    survey = body["survey"]["id"]
    codes = body["codes"]
    check(len(codes) == 12 and len(set(codes)) == 12, f"12 distinct codes from the headcount (got {len(codes)})")
    check(not body["survey"]["locked"], "no response yet: the settings are not locked")

    status, form = call("GET", f"/v1/surveys/{survey}/form", token=None)
    check(status == 200 and form["team_name"] == "North", f"the respondent's form is open ({status})")
    indicators = [i["id"] for f in form["factors"] for i in f["indicators"]]
    check(len(indicators) == 60, f"the form has the benchmark's 60 indicators (got {len(indicators)})")
    check("never one person's answers" in form["statement"], "the form says who will see what")
    check("responses" not in form, "the form says nothing of how many have answered")

    random.seed(7)
    roles = ["health_visitor"] * 7 + ["nursery_nurse"] * 4 + ["admin"]
    answers = [{"group": r, "answers": {i: random.choice(["met", "partly", "not_met", "unknown"]) for i in indicators}}
               for r in roles]

    status, body = call("POST", f"/v1/surveys/{survey}/responses",
                        dict(answers[0], code=codes[0], answers={"support.zz": "met"}), token=None)
    check(status == 400 and body["error"]["code"] == "invalid_response" and "support.zz" in json.dumps(body),
          f"an unknown indicator is refused by its path ({status} {body})")
    status, body = call("POST", f"/v1/surveys/{survey}/responses", dict(answers[0], code="AAAA-BBBB-CCCC"), token=None)
    check(status == 403 and body["error"]["code"] == "code_not_valid", f"a made-up code is refused ({status})")

    # Eleven respondents at once, each also trying a neighbour's code: every code is taken exactly once.
    results = []
    lock = threading.Lock()

    def respond(i):
        for code in (codes[i], codes[(i + 1) % 11]):
            s, b = call("POST", f"/v1/surveys/{survey}/responses", dict(answers[i], code=code), token=None)
            with lock:
                results.append((s, b.get("error", {}).get("code") if isinstance(b, dict) else None))

    threads = [threading.Thread(target=respond, args=(i,)) for i in range(11)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    taken = sum(1 for s, _ in results if s == 201)
    used = sum(1 for s, c in results if s == 409 and c == "code_used")
    check(taken == 11 and used == 11, f"11 codes taken once each and 11 second uses refused (got {taken}, {used}: {results})")
    status, body = call("GET", f"/v1/surveys/{survey}", token=None)
    check(body["survey"]["responses"] == 11 and body["survey"]["locked"], f"11 responses, settings locked ({body})")

    status, body = call("POST", f"/v1/surveys/{survey}/releases", {})
    check(status == 200 and body["release"]["status"] == "released" and body["recorded"],
          f"11 of 12: released and recorded ({status})")
    release = body["release"]
    check(release["respondents"] == 11 and abs(release["response_rate"] - 11 / 12) < 1e-9,
          "the response rate is 11 of 12")
    check(release["team"]["shown"], "the team's spread is shown")
    check(all(sum(c.values()) == 11 * len(f["indicators"]) for f in form["factors"]
              for fid, c in release["team"]["factors"].items() if fid == f["id"]),
          "each factor's spread adds up to the respondents times its indicators")
    hidden = {g["name"] for g in release["groups"] if not g["shown"]}
    check({"nursery_nurse", "admin"} <= hidden, f"groups below the minimum are hidden (hidden: {hidden})")
    check(all("factors" not in g for g in release["groups"] if not g["shown"]), "a hidden group's counts are absent")
    check(body["result"] is not None and body["team_fields_from"] == "latest_assessment",
          "recommendations on the aggregate, with the team's fields from its latest assessment")

    # The twelfth response, then a release that differs from the first by one person: refused, not recorded.
    status, _ = call("POST", f"/v1/surveys/{survey}/responses", dict(answers[11], code=codes[11]), token=None)
    check(status == 201, f"the twelfth response is kept ({status})")
    status, body = call("POST", f"/v1/surveys/{survey}/releases", {})
    check(status == 200 and body["release"]["status"] == "refused_over_time" and not body["recorded"],
          f"a release adding one response is refused and not recorded ({body.get('release', {}).get('status')})")
    check(body["result"] is None, "no recommendations from a refused release")
    status, body = call("GET", f"/v1/surveys/{survey}/releases", token=None)
    check(status == 200 and len(body["releases"]) == 1, f"one release recorded ({len(body.get('releases', []))})")

    status, html = call("GET", f"/v1/surveys/{survey}/report", token=None)
    check(status == 200 and isinstance(html, str), f"the report is served ({status})")
    if isinstance(html, str):
        check("11 of 12 people answered" in html, "the report gives the response rate")
        check(html.count('class="survey-bars"') == 1, "one stacked-bar chart: the team's (no hidden group's)")
        check("Answers per factor of the group" not in html, "no hidden group's table")
        check("What is held back, and why" in html and "nursery nurse" not in html.split("What is held back")[0],
              "the suppressions are listed, the hidden groups shown nowhere else")
        check("<script" not in html, "the report runs nothing")
    status, text = call("GET", f"/v1/surveys/{survey}/report?format=text", token=None)
    check(status == 200 and "What the team said in its survey" in text, "the text report")

    # Closing: no more responses or codes.
    status, _ = call("POST", f"/v1/surveys/{survey}/close", {})
    check(status == 200, "the survey is closed")
    status, body = call("POST", f"/v1/surveys/{survey}/codes", {"count": 1})
    check(status == 410, f"no codes for a closed survey ({status})")

    # A shared link: the key answers, a wrong key does not.
    status, body = call("POST", "/v1/teams/north/surveys", {"settings": {"min_n": 3}, "access": "link"})
    check(status == 201 and body["link"].startswith("/respond.html#survey="), f"a link survey ({status} {body})")
    link_survey = body["survey"]["id"]
    key = body["link"].split("key=")[1]
    status, _ = call("POST", f"/v1/surveys/{link_survey}/responses", {"key": key, "answers": {"support.a": "met"}},
                     token=None)
    check(status == 201, f"the link's key answers ({status})")
    status, _ = call("POST", f"/v1/surveys/{link_survey}/responses", {"key": "0" * 32, "answers": {}}, token=None)
    check(status == 403, f"a wrong key does not ({status})")

    status, doc = call("GET", "/openapi.json", token=None)
    paths = doc.get("paths", {}) if isinstance(doc, dict) else {}
    for p in ("/v1/teams/{team}/surveys", "/v1/surveys/{survey}/responses", "/v1/surveys/{survey}/releases",
              "/v1/surveys/{survey}/report", "/v1/surveys/{survey}/form"):
        check(p in paths, f"{p} is in the OpenAPI document")
finally:
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=15)

print(f"{checks - len(failures)} of {checks} checks passed")
sys.exit(1 if failures else 0)
