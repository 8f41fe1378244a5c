#!/usr/bin/python3
"""trynext serve as a client sees it, on an ephemeral loopback port.

    service_test.py TRYNEXT SOURCE_DIR WORK_DIR

Starts the service (twice: with a reload token and without), exercises every route, the limits and
the errors, and checks every JSON response against the schema that /openapi.json gives for its
route, method and status, both as published and in a strict form that refuses undocumented fields.
Uses only the standard library and Debian's python3-jsonschema.
"""
import copy
import gzip
import http.client
import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time

from jsonschema import Draft202012Validator, RefResolver

TRYNEXT, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
EXAMPLE = os.path.join(SOURCE, "examples", "team-merger.json")
failures = []
checks = 0


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        failures.append(what)
        print("FAILED:", what, file=sys.stderr)
    return ok


def read_all(sock):
    """Everything the peer sends until it closes the connection (or 10 s pass)."""
    data = b""
    sock.settimeout(10)
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return data
        data += chunk


class Server:
    def __init__(self, name, *args, env=None):
        self.log_path = os.path.join(WORK, name + ".log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([TRYNEXT, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=self.log, env=env or os.environ.copy())
        line = self.proc.stdout.readline().decode()
        m = re.match(r"trynext serve: listening on http://(127\.0\.0\.1):(\d+)$", line.strip())
        if not m:
            self.proc.kill()
            raise SystemExit(f"{name}: unexpected first line {line!r}; log: {open(self.log_path).read()}")
        self.host, self.port = m.group(1), int(m.group(2))

    def request(self, method, path, body=None, headers=None, timeout=30):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, data

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            code = None
        self.log.close()
        return code

    def log_lines(self):
        lines = []
        for raw in open(self.log_path, encoding="utf-8", errors="replace"):
            try:
                lines.append(json.loads(raw))
            except ValueError:
                lines.append({"unparsed": raw})
        return lines


# --- schemas from /openapi.json ---------------------------------------------------------------------

def strict(schema):
    """The schema with additionalProperties: false wherever properties are listed and nothing else
    says what extra properties may be: every field a response carries must be documented."""
    s = copy.deepcopy(schema)

    # An if/then/else branch only narrows properties the object itself lists (the result's evidence
    # "ids" form): closing the branch would refuse the object's other, documented fields.
    def walk(node, branch=False):
        if isinstance(node, dict):
            if not branch and isinstance(node.get("properties"), dict) and "additionalProperties" not in node \
                    and "patternProperties" not in node and "unevaluatedProperties" not in node:
                node["additionalProperties"] = False
            for k, v in node.items():
                if branch and k == "properties" and isinstance(v, dict):
                    for sub in v.values():  # the branch's properties' own schemas are ordinary
                        walk(sub)
                else:
                    walk(v, branch=k in ("if", "then", "else"))
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(s)
    return s


class Contract:
    def __init__(self, openapi):
        self.doc = openapi
        self.strict_doc = strict(openapi)
        self.resolver = RefResolver.from_schema(openapi)
        self.strict_resolver = RefResolver.from_schema(self.strict_doc)
        self.templates = [(re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", p) + "$"), p) for p in openapi["paths"]]

    def operation(self, method, path):
        path = path.split("?")[0]
        for pattern, template in self.templates:
            if pattern.match(path):
                return template, self.doc["paths"][template].get(method.lower())
        return None, None

    def validate(self, method, path, status, headers, body, what):
        """Checks a response against the schema documented for it; returns the parsed body."""
        check(headers.get("content-type", "").startswith("application/json"), f"{what}: Content-Type {headers.get('content-type')}")
        try:
            doc = json.loads(body)
        except ValueError:
            check(False, f"{what}: body is not JSON: {body[:200]!r}")
            return None
        template, op = self.operation(method, path)
        if op is None:
            # Unknown routes: the documented 404 of any operation (they share the Error schema).
            check(status in (404, 405, 413), f"{what}: undocumented route answered {status}")
            schema_ref = {"$ref": "#/components/schemas/Error"}
        else:
            responses = op["responses"]
            if not check(str(status) in responses, f"{what}: status {status} not documented for {method} {template}"):
                return doc
            schema_ref = responses[str(status)]["content"]["application/json"]["schema"]
            if "X-Trynext-Rules" in responses[str(status)].get("headers", {}):
                check("x-trynext-rules" in headers, f"{what}: no X-Trynext-Rules header")
            if "Trynext-Decision" in responses[str(status)].get("headers", {}):
                check(re.match(r"^id=[0-9A-HJKMNP-TV-Z]{26}; engine=[^;]+; rules=[^;]+; catalogue=[^;]+$",
                               headers.get("trynext-decision", "")),
                      f"{what}: no Trynext-Decision header: {headers.get('trynext-decision')!r}")
        for resolver, label in ((self.resolver, "schema"), (self.strict_resolver, "strict schema")):
            errors = list(Draft202012Validator(schema_ref, resolver=resolver).iter_errors(doc))
            # For oneOf (Result or Cards), name the deepest failure rather than the whole document.
            detail = []
            for e in errors:
                detail += sorted(e.context, key=lambda x: -len(x.absolute_path))[:4] if e.context else [e]
            errors = detail
            check(not errors, f"{what}: does not match the {label}: " +
                  "; ".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in errors[:3]))
        return doc


def main():
    os.makedirs(WORK, exist_ok=True)
    rules = os.path.join(WORK, "rules")
    shutil.rmtree(rules, ignore_errors=True)
    shutil.copytree(os.path.join(SOURCE, "rules"), rules, ignore=shutil.ignore_patterns("tests"))
    token_file = os.path.join(WORK, "token")
    with open(token_file, "w") as f:
        f.write("s3cret-token\n")
    example = open(EXAMPLE, "rb").read()

    env = os.environ.copy()
    env.pop("TRYNEXT_TOKEN", None)
    a = Server("a", "--rules", rules, "--token-file", token_file, "--threads", "4", "--max-body", "65536",
               "--read-timeout", "2", "--request-timeout", "3", env=env)
    b = Server("b", env=env)
    try:
        run_checks(a, b, rules, example)
    finally:
        code_a, code_b = a.stop(), b.stop()
    check_public_url(example, env)
    check(code_a == 0 and code_b == 0, f"stopped by SIGTERM with codes {code_a}, {code_b}")
    check_logs(a)
    print(f"{checks} checks, {len(failures)} failed")
    return 1 if failures else 0


def run_checks(a, b, rules, example):
    status, headers, body = a.request("GET", "/openapi.json")
    check(status == 200, f"GET /openapi.json: {status}")
    openapi = json.loads(body)
    check(openapi.get("openapi") == "3.1.0", "OpenAPI version")
    for name, schema in openapi["components"]["schemas"].items():
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as e:  # noqa: BLE001 - report and go on
            check(False, f"components.schemas.{name} is not a valid JSON Schema: {e}")
    c = Contract(openapi)

    def call(server, method, path, body=None, headers=None, expect=None, what=None):
        status, h, data = server.request(method, path, body, headers)
        what = what or f"{method} {path}"
        if expect is not None:
            check(status == expect, f"{what}: status {status}, expected {expect}: {data[:300]!r}")
        return status, h, (c.validate(method, path, status, h, data, what) if method != "HEAD" else None)

    # Every route documented is answered.
    documented = {(m.upper(), p) for p, item in openapi["paths"].items() for m in item}
    check(documented == {("POST", "/v1/recommendations"), ("POST", "/v1/reports"), ("GET", "/v1/catalogue"), ("GET", "/v1/catalogue/{id}"),
                         ("GET", "/v1/assessment"), ("GET", "/v1/assessment/schema"), ("POST", "/v1/rules/reload"),
                         ("GET", "/healthz"), ("GET", "/openapi.json"),
                         # the history routes (history_service_test.py exercises them)
                         ("GET", "/v1/teams"), ("GET", "/v1/teams/{team}"), ("GET", "/v1/teams/{team}/report"),
                         ("POST", "/v1/teams/{team}/assessments"),
                         ("GET", "/v1/teams/{team}/next"), ("POST", "/v1/teams/{team}/actions"),
                         ("POST", "/v1/teams/{team}/measures"), ("POST", "/v1/actions/{action}"),
                         ("POST", "/v1/actions/{action}/outcomes"),
                         # the decision log (history_service_test.py, two_instances_test.py)
                         ("GET", "/v1/decisions/{id}"),
                         # a survey's release (survey_service_test.py)
                         ("POST", "/v1/surveys/release"),
                         # surveys kept in the store (survey_store_service_test.py)
                         ("POST", "/v1/teams/{team}/surveys"), ("GET", "/v1/teams/{team}/surveys"),
                         ("GET", "/v1/surveys/{survey}"), ("POST", "/v1/surveys/{survey}/codes"),
                         ("POST", "/v1/surveys/{survey}/close"), ("GET", "/v1/surveys/{survey}/form"),
                         ("POST", "/v1/surveys/{survey}/responses"), ("POST", "/v1/surveys/{survey}/releases"),
                         ("GET", "/v1/surveys/{survey}/releases"), ("GET", "/v1/surveys/{survey}/report")},
          f"documented routes: {sorted(documented)}")
    call(a, "GET", "/openapi.json", expect=200)
    # Every operation documents the refusal of a Host the service does not answer for.
    missing_421 = [(m, p) for p, item in openapi["paths"].items() for m, op in item.items() if "421" not in op["responses"]]
    check(not missing_421, f"operations without 421 host_not_allowed: {missing_421}")

    # Health.
    _, _, health = call(a, "GET", "/healthz", expect=200)
    check(health["reload_enabled"] is True and health["rules"] > 0, f"healthz: {health}")
    _, _, health_b = call(b, "GET", "/healthz", expect=200)
    check(health_b["reload_enabled"] is False, "b has no token")
    status, h, data = a.request("HEAD", "/healthz")
    check(status == 200 and data == b"", f"HEAD /healthz: {status} {data!r}")

    # Recommendations.
    json_headers = {"Content-Type": "application/json"}
    _, h, result = call(a, "POST", "/v1/recommendations", example, json_headers, expect=200)
    check(len(result["recommendations"]) == 5 and "explain" not in result, "five recommendations, no explain")
    check(h.get("x-trynext-rules") == result["versions"]["rules"], "X-Trynext-Rules names the rules used")
    # Each answer is a decision: its id in the header and the field, with the versions that gave it.
    decision = result.pop("decision", {})
    check(h.get("trynext-decision", "").startswith("id=" + decision.get("id", "?") + ";")
          and decision.get("versions") == result["versions"] and decision.get("logged") is False
          and decision.get("assessment_digest", "").startswith("sha256:"), f"the answer's decision: {decision}")
    cli = subprocess.run([TRYNEXT, "recommend", "--format", "json", "--rules", rules, EXAMPLE], capture_output=True)
    check(cli.returncode == 0 and json.loads(cli.stdout) == result, "the service and the CLI give the same result")
    _, _, explained = call(a, "POST", "/v1/recommendations?explain=true&top=2", example, json_headers, expect=200)
    check("explain" in explained and len(explained["recommendations"]) == 2, "explain=true&top=2")
    _, _, same = call(a, "POST", "/v1/recommendations?explain=false", example, {}, expect=200,
                      what="no Content-Type")
    check(same.pop("decision")["id"] != decision.get("id"), "each answer has a decision of its own")
    check(same.pop("decision", None) is None and same == result, "explain=false, without Content-Type: the same result")
    gz = gzip.compress(example)
    _, _, unzipped = call(a, "POST", "/v1/recommendations", gz, {"Content-Encoding": "gzip"}, expect=200,
                          what="gzip body")
    check(unzipped.pop("decision", None) is not None and unzipped == result, "a gzip body gives the same result")
    scenarios = os.path.join(SOURCE, "tests", "scenarios")
    for name in sorted(os.listdir(scenarios)):
        scenario = json.load(open(os.path.join(scenarios, name)))
        call(a, "POST", "/v1/recommendations?explain=true", json.dumps(scenario["input"]), json_headers, expect=200,
             what=f"scenario {name}")

    # Cards.
    _, _, cards = call(a, "POST", "/v1/recommendations?format=cards", example, json_headers, expect=200)
    check(len(cards["cards"]) == len(result["recommendations"]), "one card per recommendation")
    for card, rec in zip(cards["cards"], result["recommendations"]):
        check(len(card["summary"]) < 140, f"card summary too long: {card['summary']}")
        check(card["indicator"] == {"high": "critical", "medium": "warning", "low": "info"}[rec["priority"]],
              f"indicator {card['indicator']} for priority {rec['priority']}")
        check(rec["title"] in card["summary"] and "**Why this team:**" in card["detail"], "card content")
        link = card["links"][0]["url"]
        check(link == f"http://{a.host}:{a.port}/v1/catalogue/{rec['id']}", f"card link {link}")
        call(a, "GET", link.split(str(a.port), 1)[1], expect=200, what="card link target")

    # Links never come from the Host header (issue 22): a Host the service does not answer for is refused
    # (421) before any route runs; the names it answers for give links built from its own address.
    for hostile in ("evil.example.com", "evil.example.com:" + str(a.port), "127.0.0.1.evil.example.com", "[::2]",
                    "a b", "127.0.0.1@evil.example.com"):
        status, h, data = a.request("POST", "/v1/recommendations?format=cards", example,
                                    dict(json_headers, Host=hostile))
        check(status == 421 and b'"host_not_allowed"' in data
              and b"/v1/catalogue" not in data, f"Host {hostile!r}: {status} {data[:200]!r}")
        check(h.get("content-type", "").startswith("application/json"), f"Host {hostile!r}: Content-Type {h}")
    for allowed in (f"127.0.0.1:{a.port}", "127.0.0.1", f"localhost:{a.port}", "LOCALHOST"):
        status, _, data = a.request("POST", "/v1/recommendations?format=cards", example, dict(json_headers, Host=allowed))
        links = [card["links"][0]["url"] for card in json.loads(data)["cards"]] if status == 200 else []
        check(status == 200 and links and all(u.startswith(f"http://127.0.0.1:{a.port}/v1/catalogue/") for u in links),
              f"Host {allowed!r}: {status} {links[:1]}")
    status, _, data = a.request("GET", "/healthz", headers={"Host": "evil.example.com"})
    check(status == 421, f"GET /healthz with a hostile Host: {status}")

    # Reports (docs/report.md): the documents trynext report writes, with the errors of /v1/recommendations.
    team = result["team"]["name"]
    status, h, page = a.request("POST", "/v1/reports", example, json_headers)
    page = page.decode("utf-8")
    check(status == 200 and h.get("content-type") == "text/html; charset=utf-8", f"report html: {status} {h}")
    check(page.startswith("<!DOCTYPE html>") and team in page and "<script" not in page, "report html content")
    check(page.count('<g class="factor-bar"') == 7, "report html: seven bars in the chart")
    check(h.get("content-security-policy", "").startswith("default-src 'none'"), f"report CSP: {h}")
    check(h.get("x-trynext-rules") == result["versions"]["rules"], "report: X-Trynext-Rules")
    cli = subprocess.run([TRYNEXT, "report", "--rules", rules, "--format", "html", EXAMPLE], capture_output=True)
    check(cli.returncode == 0 and cli.stdout.decode() == page, "the service's HTML report is the CLI's")
    status, h, md = a.request("POST", "/v1/reports?format=markdown", example, json_headers)
    check(status == 200 and h.get("content-type") == "text/markdown; charset=utf-8" and
          md.decode().startswith("# What to try next for " + team), f"report markdown: {status} {md[:80]!r}")
    status, h, pdf = a.request("POST", "/v1/reports?format=pdf", example, json_headers, timeout=120)
    if shutil.which("chromium") or shutil.which("weasyprint"):
        check(status == 200 and h.get("content-type") == "application/pdf" and pdf.startswith(b"%PDF-"),
              f"report pdf: {status} {h.get('content-type')} {pdf[:80]!r}")
    else:
        _, _, err = call(a, "POST", "/v1/reports?format=pdf", example, json_headers, expect=503)
        check(err and "chromium" in err["error"]["message"], "no printing program: 503 names chromium")
    _, _, err = call(a, "POST", "/v1/reports?format=docx", example, json_headers, expect=400)
    check(err and err["error"]["code"] == "invalid_parameter" and "html, pdf or markdown" in err["error"]["message"],
          "report: an unknown format")
    _, _, err = call(a, "POST", "/v1/reports", b'{"team": {"headcount": 0}}', json_headers, expect=400)
    _, _, same = call(a, "POST", "/v1/recommendations", b'{"team": {"headcount": 0}}', json_headers, expect=400)
    check(err == same and err["error"]["code"] == "invalid_assessment", "report: the errors of /v1/recommendations")

    # Bad input: 400 with the problems the CLI prints.
    bad_inputs = {
        "malformed": b'{"team": {"headcount": 12,,}}',
        "invalid": b'{"team": {"headcount": 0, "turnover_rate": 2}, "answers": {"support.a": "sometimes"}}',
        "not an object": b"[1, 2]",
        "empty": b"",
        "not UTF-8": b'{"team": {"headcount": 3, "name": "\xff\xfe"}}',
    }
    for label, text in bad_inputs.items():
        _, _, err = call(a, "POST", "/v1/recommendations", text, json_headers, expect=400, what=f"{label} input")
        if not err:
            continue
        problems = err["error"].get("problems", [])
        check(err["error"]["code"] == "invalid_assessment" and problems, f"{label}: problems listed")
        path = os.path.join(WORK, "bad.json")
        with open(path, "wb") as f:
            f.write(text)
        cli = subprocess.run([TRYNEXT, "recommend", "--rules", rules, path], capture_output=True)
        stderr = cli.stderr.decode("utf-8", "replace")
        for p in problems:
            if "line" in p:
                expected = f"{path}:{p['line']}:{p['column']}: {p['message']}"
            else:
                expected = f"{path}: {p['text']}"
            check(expected in stderr, f"{label}: the CLI does not print {expected!r}:\n{stderr}")
    _, _, err = call(a, "POST", "/v1/recommendations", bad_inputs["invalid"], json_headers, expect=400)
    paths = {p["path"] for p in err["error"]["problems"]}
    check({"team.headcount", "team.turnover_rate", "answers.support.a"} <= paths, f"problem paths: {paths}")
    for query in ("explain=maybe", "top=0", "top=101", "top=x", "format=xml"):
        _, _, err = call(a, "POST", "/v1/recommendations?" + query, example, json_headers, expect=400)
        check(err and err["error"]["code"] == "invalid_parameter", f"{query}: invalid_parameter")

    # Limits: the body size (65536 on a, 1 MiB by default on b), however the body is sent.
    big = b'{"team": {"headcount": 3}}' + b" " * 70000
    _, _, err = call(a, "POST", "/v1/recommendations", big, json_headers, expect=413, what="large body")
    check(err and "65536" in err["error"]["message"], "413 names the limit")
    call(b, "POST", "/v1/recommendations", big, json_headers, expect=200, what="70 kB body under b's 1 MiB limit")
    call(b, "POST", "/v1/recommendations", b" " * (1 << 20) + b"{}", json_headers, expect=413, what="b: 1 MiB + 2")
    call(a, "POST", "/v1/recommendations", (b" " * 1000 for _ in range(100)), json_headers,
         expect=413, what="large chunked body")
    bomb = gzip.compress(b'{"team": {"headcount": 3}}' + b" " * (8 << 20))
    check(len(bomb) < 65536, "the gzip bomb is small")
    call(a, "POST", "/v1/recommendations", bomb, {"Content-Encoding": "gzip"}, expect=413, what="gzip bomb")
    call(a, "POST", "/v1/recommendations", b"--x\r\n\r\n--x--\r\n", {"Content-Type": "multipart/form-data; boundary=x"},
         expect=415, what="multipart form")
    call(a, "POST", "/v1/nothing", big, json_headers, expect=413, what="large body to an unknown route")
    # The service still answers after all that.
    call(a, "GET", "/healthz", expect=200, what="healthz after the limits")

    # Catalogue and instrument.
    _, _, catalogue = call(a, "GET", "/v1/catalogue", expect=200)
    ids = [i["id"] for i in catalogue["interventions"]]
    check("caseload_review" in ids, "the catalogue lists caseload_review")
    for i in ids:
        call(a, "GET", "/v1/catalogue/" + i, expect=200)
    _, _, err = call(a, "GET", "/v1/catalogue/caseload_reviw", expect=404)
    check(err and "caseload_review" in err["error"]["message"], "404 suggests the near id")
    _, _, instrument = call(a, "GET", "/v1/assessment", expect=200)
    check(len(instrument["factors"]) > 0 and len(instrument["team_fields"]) > 0, "instrument content")
    _, _, schema = call(a, "GET", "/v1/assessment/schema", expect=200)
    Draft202012Validator.check_schema(schema)
    check(schema == openapi["components"]["schemas"]["Assessment"], "the assessment schema is the one in openapi.json")
    errors = list(Draft202012Validator(schema).iter_errors(json.loads(example)))
    check(not errors, f"the example does not match the assessment schema: {errors[:1]}")

    # Unknown routes and methods.
    status, h, err = call(a, "GET", "/v2/nothing", expect=404)
    check(err and err["error"]["code"] == "not_found", "not_found")
    status, h, err = call(a, "GET", "/v1/recommendations", expect=405)
    check(h.get("allow") == "POST", f"Allow: {h.get('allow')}")
    call(a, "DELETE", "/v1/catalogue", expect=405)
    call(a, "PUT", "/v1/catalogue/x", b"{}", json_headers, expect=405)
    call(a, "POST", "/healthz", b"{}", json_headers, expect=405)
    # Every documented route, asked with a method it does not take, answers 405 naming the one it does.
    # (A path served with GET and POST allows both.)
    for method, path in sorted(documented):
        status, h, _ = call(a, "DELETE", path.replace("{id}", "caseload_review").replace("{survey}", "0" * 32),
                            expect=405)
        allow = {x for m, q in documented if q == path for x in (("GET", "HEAD") if m == "GET" else (m,))}
        got = {x.strip() for x in (h.get("allow") or "").split(",")}
        check(got == allow, f"DELETE {path}: Allow {h.get('allow')}, expected {sorted(allow)}")
    call(a, "PATCH", "/nothing", b"{}", json_headers, expect=404)

    # Not HTTP at all: a JSON 400, and the service goes on.
    with socket.create_connection((a.host, a.port), timeout=5) as s:
        s.sendall(b"THIS IS NOT HTTP\r\n\r\n")
        reply = b""
        while b'"bad_request"' not in reply:
            chunk = s.recv(65536)
            if not chunk:
                break
            reply += chunk
    check(reply.startswith(b"HTTP/1.1 400") and b'"bad_request"' in reply, f"garbage: {reply[:200]!r}")

    # A client that stops sending is dropped after the read timeout (2 s on a).
    started = time.monotonic()
    with socket.create_connection((a.host, a.port), timeout=20) as s:
        s.sendall(b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{")
        try:
            while s.recv(65536):
                pass
        except OSError:
            pass
    waited = time.monotonic() - started
    check(1 <= waited < 10, f"a stalled client was dropped after {waited:.1f} s")
    # One that trickles its body in is cut off by the request timeout (3 s on a), and the connection closed.
    started = time.monotonic()
    reply = b""
    with socket.create_connection((a.host, a.port), timeout=20) as s:
        s.sendall(b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n")
        try:
            for _ in range(60):
                s.sendall(b" ")
                if select.select([s], [], [], 0.25)[0]:
                    break
            reply = read_all(s)
        except OSError:
            pass
    waited = time.monotonic() - started
    check(reply.startswith(b"HTTP/1.1 408") and b"Connection: close" in reply, f"trickle: {reply[:120]!r}")
    check(waited < 10, f"a trickling client held a worker for {waited:.1f} s")

    # Bodies far over the limit are not read: 413, then the connection is closed.
    for label, head, chunks in (
            ("declared 10 MB", b"Content-Length: 10000000\r\n", [b"{" * 1000]),
            ("chunked 2 MB", b"Transfer-Encoding: chunked\r\n", [b"3e8\r\n" + b" " * 1000 + b"\r\n"] * 2000)):
        reply = b""
        with socket.create_connection((a.host, a.port), timeout=20) as s:
            try:
                s.sendall(b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\n" + head + b"\r\n")
                for chunk in chunks:
                    s.sendall(chunk)
            except OSError:
                pass
            try:
                reply = read_all(s)
            except OSError:
                pass
        check(reply.startswith(b"HTTP/1.1 413") and b"Connection: close" in reply, f"{label}: {reply[:120]!r}")
    call(a, "GET", "/healthz", expect=200, what="healthz after bodies far over the limit")

    # Reload: refused without a token on b, needs the right bearer token on a.
    _, _, err = call(b, "POST", "/v1/rules/reload", expect=403)
    check(err and err["error"]["code"] == "reload_disabled", "reload_disabled")
    status, h, err = call(a, "POST", "/v1/rules/reload", expect=401, what="reload without a token")
    check(h.get("www-authenticate", "").startswith("Bearer"), "WWW-Authenticate: Bearer")
    call(a, "POST", "/v1/rules/reload", headers={"Authorization": "Bearer wrong"}, expect=401, what="wrong token")
    auth = {"Authorization": "Bearer s3cret-token"}
    before = result["versions"]["rules"]
    with open(os.path.join(rules, "workload_and_staffing.lua"), "a") as f:
        f.write("\n-- changed by service_test\n")
    _, h, reloaded = call(a, "POST", "/v1/rules/reload", b"", auth, expect=200)
    after = reloaded["versions"]["rules"]
    check(reloaded["previous"]["rules"] == before and after != before, f"reload: {before} -> {after}")
    _, h, _ = call(a, "POST", "/v1/recommendations", example, json_headers, expect=200)
    check(h.get("x-trynext-rules") == after, "new requests use the reloaded rules")
    broken = os.path.join(rules, "zz_broken.lua")
    with open(broken, "w") as f:
        f.write("rule { id = \n")
    _, _, err = call(a, "POST", "/v1/rules/reload", b"", auth, expect=500, what="reload of broken rules")
    check(err and err["error"]["code"] == "reload_failed" and
          any("zz_broken.lua" in d["file"] for d in err["error"].get("diagnostics", [])), "reload_failed names the file")
    _, _, health = call(a, "GET", "/healthz", expect=200)
    check(health["versions"]["rules"] == after, "the rules in service stay after a failed reload")
    os.remove(broken)
    # SIGHUP reloads too.
    a.proc.send_signal(signal.SIGHUP)
    time.sleep(1)

    # Many clients at once while the rules are reloaded: all answered, all from a complete rule set.
    statuses, lock = [], threading.Lock()

    def client():
        for _ in range(10):
            st, hd, data = a.request("POST", "/v1/recommendations", example, json_headers)
            ok = st == 200 and hd.get("x-trynext-rules") == json.loads(data)["versions"]["rules"]
            with lock:
                statuses.append(ok)

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    for _ in range(3):
        call(a, "POST", "/v1/rules/reload", b"", auth, expect=200, what="reload under load")
    for t in threads:
        t.join()
    check(len(statuses) == 80 and all(statuses), f"concurrent requests: {statuses.count(True)}/80 answered well")

    # Keep-alive: several requests on one connection.
    conn = http.client.HTTPConnection(a.host, a.port, timeout=10)
    for _ in range(3):
        conn.request("GET", "/healthz")
        r = conn.getresponse()
        r.read()
        check(r.status == 200, "keep-alive request")
    conn.close()

    # The port in use: a clear message, exit code 2.
    busy = subprocess.run([TRYNEXT, "serve", "--port", str(a.port)], capture_output=True, timeout=30)
    check(busy.returncode == 2 and b"cannot listen" in busy.stderr, f"port in use: {busy.returncode} {busy.stderr!r}")
    # An unreadable token file stops it before it starts.
    missing = subprocess.run([TRYNEXT, "serve", "--port", "0", "--token-file", "/nonexistent/token"], capture_output=True,
                             timeout=30)
    check(missing.returncode == 2 and b"/nonexistent/token" in missing.stderr, "missing token file")


def check_public_url(example, env):
    """--public-url: the only source of absolute links; its host and each --allowed-host are answered."""
    for bad in ("trynext.example.org", "ftp://x.org", "https://x.org/?q=1", "https://user@x.org", "https://"):
        r = subprocess.run([TRYNEXT, "serve", "--port", "0", "--public-url", bad], capture_output=True, timeout=30)
        check(r.returncode == 2 and b"--public-url" in r.stderr, f"--public-url {bad}: {r.returncode} {r.stderr[:200]!r}")
    r = subprocess.run([TRYNEXT, "serve", "--port", "0", "--allowed-host", "x.org:80"], capture_output=True, timeout=30)
    check(r.returncode == 2 and b"--allowed-host" in r.stderr, f"--allowed-host x.org:80: {r.stderr[:200]!r}")
    c = Server("c", "--public-url", "https://trynext.example.org/care/", "--allowed-host", "trynext.internal", env=env)
    try:
        headers = {"Content-Type": "application/json"}
        for host in ("trynext.example.org", "TRYNEXT.example.org:443", "trynext.internal:8080", f"127.0.0.1:{c.port}"):
            status, _, data = c.request("POST", "/v1/recommendations?format=cards", example, dict(headers, Host=host))
            cards = json.loads(data)["cards"] if status == 200 else []
            check(status == 200 and cards and all(
                card["links"][0]["url"].startswith("https://trynext.example.org/care/v1/catalogue/")
                and card["source"]["url"] == "https://trynext.example.org/care/v1/catalogue" for card in cards),
                f"--public-url, Host {host}: {status} {cards[:1]}")
        status, _, _ = c.request("POST", "/v1/recommendations?format=cards", example,
                                 dict(headers, Host="evil.example.com"))
        check(status == 421, f"--public-url, Host evil.example.com: {status}")
    finally:
        check(c.stop() == 0, "c stopped by SIGTERM")


def check_logs(a):
    lines = a.log_lines()
    requests = [line for line in lines if "method" in line]
    check(len(requests) > 50, f"{len(requests)} request log lines")
    for line in requests:
        if not check({"time", "method", "path", "status", "ms", "rules"} <= set(line), f"log line fields: {line}"):
            break
    check(any(line.get("event") == "reload" and line.get("ok") is False for line in lines), "a failed reload is logged")
    check(sum(1 for line in lines if line.get("event") == "reload" and line.get("ok")) >= 5, "reloads are logged")
    check(not [line for line in lines if "unparsed" in line], "every log line is JSON")
    junk = [line for line in requests if line["status"] == 400 and not line["path"]]
    check(len(junk) == 1, f"only the garbage request is unparseable HTTP, not the rest of refused bodies: {len(junk)}")
    check(all(line["status"] != 500 or line["path"] == "/v1/rules/reload" for line in requests), "no internal errors")


if __name__ == "__main__":
    sys.exit(main())
