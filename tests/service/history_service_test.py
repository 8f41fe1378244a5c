#!/usr/bin/python3
"""The history routes of trynext serve, told as a team's year over HTTP on a loopback port.

    history_service_test.py TRYNEXT SOURCE_DIR WORK_DIR

Starts the service with a store and a token, then: assess (recorded, 201), retry with the same
Idempotency-Key (recorded once), start two actions, record one helped and one no change, enter six
months of sickness figures, re-assess (the change is named beside the action, as an association), ask
next, read the history, list the teams, read the team's HTML report with its run chart (escaped). Writes without the token are refused (401), a service without a token refuses
writes (403), one without a store says it keeps no history (404). With --decision-log each answer's
decision is fetched back by id (GET /v1/decisions/{id}); an assessment sent on a raw socket that is
closed before the response is read, then retried with the same Idempotency-Key, is recorded once.
Prints "N passed, N failed".
"""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time

TRYNEXT, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
TOKEN = "history-test-token"
passed = 0
failed = 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAILED:", what, file=sys.stderr)
    return ok


class Server:
    def __init__(self, name, *args, env=None):
        self.log = open(os.path.join(WORK, name + ".log"), "wb")
        self.proc = subprocess.Popen([TRYNEXT, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=self.log, env=env)
        line = self.proc.stdout.readline().decode()
        m = re.match(r"trynext serve: listening on http://(127\.0\.0\.1):(\d+)$", line.strip())
        if not m:
            self.proc.kill()
            raise SystemExit(f"{name}: unexpected first line {line!r}")
        self.port = int(m.group(2))

    def call(self, method, path, body=None, token=TOKEN, headers=None):
        h = dict(headers or {})
        if token:
            h["Authorization"] = "Bearer " + token
        data = json.dumps(body) if isinstance(body, (dict, list)) else body
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        conn.request(method, path, body=data, headers=h)
        r = conn.getresponse()
        raw = r.read()
        conn.close()
        try:
            return r.status, json.loads(raw)
        except ValueError:
            return r.status, raw.decode(errors="replace")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=15)


def assessments():
    text = re.sub(r"^\s*//.*$", "", open(os.path.join(SOURCE, "examples", "team-merger.json")).read(), flags=re.M)
    march = json.loads(text)
    march["team"].pop("in_place", None)
    march["team"].pop("tried", None)
    september = json.loads(json.dumps(march))
    for k in ("support.a", "support.b", "support.c", "support.e"):
        september["answers"][k] = "met"
    return march, september


def retry_through_a_dropped_connection(s, assessment):
    """The client sends the write whole, then its connection drops before it reads a byte of the answer;
    it cannot know whether the write was recorded, so it sends it again with the same key."""
    body = json.dumps(assessment).encode()
    request = (f"POST /v1/teams/dropped/assessments?date=2026-03-01 HTTP/1.1\r\nHost: 127.0.0.1:{s.port}\r\n"
               f"Authorization: Bearer {TOKEN}\r\nIdempotency-Key: dropped-1\r\n"
               f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body
    raw = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    raw.sendall(request)
    raw.shutdown(socket.SHUT_RDWR)
    raw.close()
    # The service finishes the write it received even though no one reads the answer.
    deadline = time.time() + 10
    recorded = []
    while time.time() < deadline:
        status, h = s.call("GET", "/v1/teams/dropped", token=None)
        recorded = h.get("assessments", []) if status == 200 else []
        if recorded:
            break
        time.sleep(0.05)
    check(len(recorded) == 1, f"the write sent on the dropped connection was recorded: {len(recorded)}")
    status, again = s.call("POST", "/v1/teams/dropped/assessments?date=2026-03-01", assessment,
                           headers={"Idempotency-Key": "dropped-1"})
    check(status == 200 and again.get("repeated") is True and recorded
          and again["assessment"]["id"] == recorded[0]["id"], f"the retry finds the first record: {status}")
    status, h = s.call("GET", "/v1/teams/dropped", token=None)
    check(status == 200 and len(h["assessments"]) == 1, f"exactly one record after the retry: {h.get('assessments')}")


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    env = dict(os.environ)
    env.pop("TRYNEXT_STORE", None)
    env.pop("TRYNEXT_TOKEN", None)
    store = os.path.join(WORK, "history.db")
    token_file = os.path.join(WORK, "token")
    open(token_file, "w").write(TOKEN + "\n")
    march, september = assessments()

    s = Server("with-store", "--store", store, "--token-file", token_file, "--decision-log", env=env)
    try:
        status, body = s.call("POST", "/v1/teams/north/assessments?date=2026-03-01", march,
                              headers={"Idempotency-Key": "m1"})
        check(status == 201, f"assess records: {status} {body}")
        first_id = body["assessment"]["id"] if status == 201 else None
        check(body.get("result", {}).get("team", {}).get("name") == "Northfield merged health visiting team",
              "assess answers with the result")
        status, body = s.call("POST", "/v1/teams/north/assessments?date=2026-03-01", march,
                              headers={"Idempotency-Key": "m1"})
        check(status == 200 and body["assessment"]["id"] == first_id and body["repeated"],
              f"a retry with the same key is recorded once: {status}")

        # The answer is a decision, logged: fetched back by id with the versions and what was recommended.
        decision = body.get("decision", {})
        check(decision.get("logged") is True and decision.get("versions") == body["result"]["versions"],
              f"the answer carries its decision: {decision}")
        status, logged = s.call("GET", "/v1/decisions/" + decision.get("id", "none"), token=None)
        check(status == 200 and logged["team"] == "north" and logged["route"] == "team_assess"
              and logged["request_id"] == "m1" and logged["versions"] == decision["versions"]
              and logged["assessment_digest"] == decision["assessment_digest"]
              and [r["id"] for r in logged["recommended"]][:len(body["result"]["recommendations"])]
              == [r["id"] for r in body["result"]["recommendations"]], f"the decision is in the log: {status} {logged}")
        status, missing = s.call("GET", "/v1/decisions/01JF0000000000000000000000", token=None)
        check(status == 404 and missing["error"]["code"] == "decision_not_found", f"an unknown decision: {status}")

        retry_through_a_dropped_connection(s, march)

        status, body = s.call("POST", "/v1/teams/north/assessments", march, token=None)
        check(status == 401, f"a write without the token is refused: {status}")
        status, body = s.call("POST", "/v1/teams/north/assessments", march, token="wrong")
        check(status == 401, f"a write with another token is refused: {status}")

        status, sup = s.call("POST", "/v1/teams/north/actions",
                             {"intervention": "restorative_supervision", "start_date": "2026-03-15",
                              "owner": "team lead", "dose": "monthly, 6 sessions"})
        check(status == 201 and sup.get("status") == "running", f"an action starts: {status} {sup}")
        status, mind = s.call("POST", "/v1/teams/north/actions",
                              {"intervention": "mindfulness", "start_date": "2026-03-20"})
        check(status == 201, f"a second action starts: {status}")
        status, body = s.call("POST", "/v1/teams/north/actions", {"intervention": "mindfulnes"})
        check(status == 400 and "not an intervention of the catalogue" in body["error"]["message"],
              f"an unknown intervention is named: {status} {body}")

        status, body = s.call("GET", "/v1/teams/north/next", token=None)
        check(status == 200 and body["history"]["in_place_from_history"] == ["restorative_supervision", "mindfulness"],
              f"next acknowledges the running actions: {status} {body.get('history') if isinstance(body, dict) else body}")

        status, body = s.call("POST", f"/v1/actions/{sup['id']}", {"delivered_as_planned": True})
        check(status == 200 and body["delivered_as_planned"] is True, f"an action is updated: {status}")
        status, o1 = s.call("POST", f"/v1/actions/{sup['id']}/outcomes",
                            {"outcome": "helped", "date": "2026-08-30", "note": "fewer days lost"},
                            headers={"Idempotency-Key": "o1"})
        check(status == 201, f"an outcome is recorded: {status} {o1}")
        status, again = s.call("POST", f"/v1/actions/{sup['id']}/outcomes",
                               {"outcome": "helped", "date": "2026-08-30"}, headers={"Idempotency-Key": "o1"})
        check(again.get("id") == o1.get("id"), "an outcome retried with its key is recorded once")
        status, body = s.call("POST", f"/v1/actions/{mind['id']}/outcomes", {"outcome": "no_change", "date": "2026-06-01"})
        check(status == 201, f"a second outcome is recorded: {status}")
        status, body = s.call("POST", f"/v1/actions/{mind['id']}/outcomes", {"outcome": "better"})
        check(status == 400 and "outcome: must be one of helped" in body["error"]["message"],
              f"a wrong outcome is named: {status} {body}")

        for month, value in (("03", 0.07), ("04", 0.068), ("05", 0.064), ("06", 0.06), ("07", 0.055), ("08", 0.05)):
            status, body = s.call("POST", "/v1/teams/north/measures",
                                  {"month": "2026-" + month, "sickness_absence_rate": value})
            check(status == 200, f"measures for 2026-{month}: {status} {body}")
        status, body = s.call("POST", "/v1/teams/north/measures", {"month": "2026-09", "sickness_absence_rate": 6})
        check(status == 400 and "a share: write 0.06" in body["error"]["message"], f"a percentage gets a hint: {body}")

        status, body = s.call("POST", "/v1/teams/north/assessments?date=2026-09-01", september)
        check(status == 201, f"the re-assessment is recorded: {status}")
        changes = body.get("changes", []) if isinstance(body, dict) else []
        check(any(c.startswith("Since restorative supervision started in March 2026, 4 more support indicators")
                  for c in changes), f"the change is named beside the action: {changes}")
        check("not proof" in body.get("changes_limits", ""), "the change is said not to be proof")
        top = [r["id"] for r in body["result"]["recommendations"]]
        check("mindfulness" not in top, f"mindfulness, tried without benefit, is not in the top five: {top}")

        status, body = s.call("GET", "/v1/teams/north", token=None)
        check(status == 200 and len(body["assessments"]) == 2 and len(body["actions"]) == 2
              and len(body["outcomes"]) == 2 and len(body["measures"]) == 6, f"the history holds it all: {status}")
        chart = [c for c in body.get("run_charts", []) if c["measure"] == "sickness_absence_rate"]
        check(chart and not chart[0]["enough_data"] and "not enough data yet" in chart[0]["verdict"],
              f"six months are too few for a run chart: {chart}")
        status, body = s.call("GET", "/v1/teams/south", token=None)
        check(status == 404 and body["error"]["code"] == "not_found", f"an unknown team is 404: {status}")

        # The teams kept, for the manager's page; and the team's report with its history, as HTML.
        status, body = s.call("GET", "/v1/teams", token=None)
        ids = [t["id"] for t in body.get("teams", [])] if status == 200 else []
        check(status == 200 and ids == sorted(ids) and "north" in ids and "dropped" in ids
              and next(t for t in body["teams"] if t["id"] == "north")["name"] == "Northfield merged health visiting team",
              f"the teams are listed by id with their names: {status} {body}")
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=60)
        conn.request("GET", "/v1/teams/north/report")
        r = conn.getresponse()
        html = r.read().decode()
        conn.close()
        check(r.status == 200 and r.getheader("Content-Type", "").startswith("text/html")
              and "script-src" not in r.getheader("Content-Security-Policy", "x")
              and r.getheader("Content-Security-Policy", "").startswith("default-src 'none'"),
              f"the team's report is HTML with a policy that runs nothing: {r.status} {r.getheaders()}")
        section = html[html.find('<section class="history-section"'):html.find("</main>")]
        check("The team over time" in section and "What changed since the assessment of 1 March 2026" in section,
              "the report has the team over time, compared with the assessment before")
        check("Since restorative supervision started in March 2026, 4 more support indicators" in section,
              "the report names the change beside the action")
        check("6 months of sickness absence figures: not enough data yet" in section,
              f"six months: not enough data yet, in the report: {section[:2000]}")
        check(section.count('class="point"') == 6 and section.count('class="median-line"') == 1
              and section.count('class="action-mark"') == 2 and 'role="img"' in section and "<desc " in section,
              "the run chart draws six points, the median and both actions' start months, with a description")
        check("Helped (30 August 2026): fewer days lost" in section and "No change (1 June 2026)" in section,
              "the report lists each action's latest outcome")
        check(html.index('id="history"') < html.index("</main>") and html.count("<html") == 1,
              "the section sits inside the report's main content")
        status, body = s.call("GET", "/v1/teams/south/report", token=None)
        check(status == 404, f"the report of an unknown team is 404: {status}")

        # Text from the store is escaped in the report: a team named with markup.
        hostile = json.loads(json.dumps(march))
        hostile["team"]["name"] = "<script>alert(1)</script> & co"
        status, body = s.call("POST", "/v1/teams/hostile/assessments?date=2026-03-01", hostile)
        status, body = s.call("POST", "/v1/teams/hostile/actions",
                              {"intervention": "mindfulness", "start_date": "2026-03-02", "owner": "<b>lead</b>"})
        status, _ = s.call("POST", "/v1/teams/hostile/measures", {"month": "2026-03", "sickness_absence_rate": 0.05})
        conn = http.client.HTTPConnection("127.0.0.1", s.port, timeout=60)
        conn.request("GET", "/v1/teams/hostile/report")
        html = conn.getresponse().read().decode()
        conn.close()
        check("<script>" not in html and "&lt;script&gt;" in html, "a team's name is escaped in its report")
        status, body = s.call("GET", "/openapi.json", token=None)
        check("/v1/teams/{team}/assessments" in body.get("paths", {}), "the history routes are documented")
    finally:
        s.stop()

    s = Server("store-no-token", "--store", store, env=env)
    try:
        status, body = s.call("POST", "/v1/teams/north/measures", {"month": "2026-10", "sickness_absence_rate": 0.05})
        check(status == 403 and body["error"]["code"] == "writes_disabled", f"no token: writes disabled: {status}")
        status, body = s.call("GET", "/v1/teams/north", token=None)
        check(status == 200, f"no token: reads still served: {status}")
    finally:
        s.stop()

    s = Server("no-store", env=env)
    try:
        status, body = s.call("GET", "/v1/teams/north", token=None)
        check(status == 404 and body["error"]["code"] == "no_store", f"no store: said so: {status} {body}")
        status, body = s.call("GET", "/v1/decisions/01JF0000000000000000000000", token=None)
        check(status == 404 and body["error"]["code"] == "no_decision_log", f"no decision log: said so: {status}")
    finally:
        s.stop()

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
