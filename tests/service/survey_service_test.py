#!/usr/bin/python3
"""POST /v1/surveys/release as a client sees it (serve/surveys.cpp), on an ephemeral loopback port.

    survey_service_test.py TRYNEXT SOURCE_DIR WORK_DIR

The issue's thresholds through the service (2 to 6 respondents, a group one below the minimum, a second
release adding one response), every problem of a bad request named by its path, and the route in
/openapi.json. The server is started here and stopped after. Standard library only.
"""
import http.client
import json
import os
import re
import subprocess
import sys

TRYNEXT, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(WORK, exist_ok=True)
failures = []
checks = 0


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        failures.append(what)
        print("FAILED:", what, file=sys.stderr)
    return ok


log = open(os.path.join(WORK, "survey-service.log"), "wb")
proc = subprocess.Popen([TRYNEXT, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=log)
first = proc.stdout.readline().decode().strip()
m = re.match(r"trynext serve: listening on http://127\.0\.0\.1:(\d+)$", first)
if not m:
    proc.kill()
    raise SystemExit(f"unexpected first line {first!r}")
port = int(m.group(1))


def post(body):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    text = body if isinstance(body, str) else json.dumps(body)
    conn.request("POST", "/v1/surveys/release", body=text, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, json.loads(data)


WORDS = ["met", "partly", "not_met"]


def responses(n, group=None):
    out = []
    for i in range(n):
        r = {"answers": {"support.a": WORDS[i % 3], "support.b": WORDS[(i + 1) % 3]}}
        if group:
            r["group"] = group
        out.append(r)
    return out


try:
    for n in range(2, 7):
        status, release = post({"responses": responses(n)})
        check(status == 200, f"{n} respondents: {status} {release}")
        want = "released" if n >= 5 else "not_enough_responses"
        check(release["status"] == want, f"{n} respondents: {release['status']}, wanted {want}")
        check(release["respondents"] == n, f"{n} respondents counted")
        check(bool(release["answers"]) == (n >= 5), f"{n} respondents: answers only when released")

    settings = {"group_field": "role", "groups": ["health_visitor", "nursery_nurse", "admin"], "homogeneity_n": 6}
    status, release = post({"settings": settings, "responses": responses(7, "health_visitor") +
                            responses(6, "nursery_nurse") + responses(4, "admin")})
    reasons = {(s["target"], s["reason"]) for s in release["suppressions"]}
    check(("admin", "below_minimum") in reasons, f"a group one below the minimum is named: {reasons}")
    check(("nursery_nurse", "complementary") in reasons, f"and its complement: {reasons}")
    check(not any("4" in s["message"] for s in release["suppressions"]), "no message gives the hidden count")
    shown = [g for g in release["groups"] if g["shown"]]
    check([g["name"] for g in shown] == ["health_visitor"], f"only the health visitors shown: {shown}")

    status, first_release = post({"responses": responses(10)})
    check(first_release["status"] == "released", "a first release of 10")
    status, second = post({"responses": responses(11), "earlier": [first_release]})
    check(second["status"] == "refused_over_time", f"one more since it is refused: {second['status']}")
    check(second["answers"] == {}, "and shows no answer")

    status, bad = post({"settings": {"min_n": 2}, "responses": [{"answers": {"support.a": "yes"}}]})
    check(status == 400, f"a bad request is 400: {status}")
    paths = [p["path"] for p in bad["error"].get("problems", [])]
    check(paths == ["settings.min_n", "responses[0].answers.support.a"], f"every problem by its path: {paths}")
    status, bad = post("{\"responses\": ")
    check(status == 400 and "not valid JSON" in bad["error"]["message"], f"text that is not JSON: {bad}")

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", "/openapi.json")
    doc = json.loads(conn.getresponse().read())
    op = doc["paths"].get("/v1/surveys/release", {}).get("post", {})
    check(op.get("operationId") == "surveyRelease" and "anonymity" in op.get("description", ""),
          "the route is described in /openapi.json")
finally:
    proc.terminate()
    proc.wait(timeout=30)

print(f"survey_service: {checks} checks, {len(failures)} failed")
sys.exit(1 if failures else 0)
