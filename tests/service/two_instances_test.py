#!/usr/bin/python3
"""Two `trynext serve` instances on one PostgreSQL history, as behind a load balancer.

    two_instances_test.py TRYNEXT SOURCE_DIR WORK_DIR

Starts a throwaway PostgreSQL (tests/store/postgres_server.sh: initdb as an unprivileged user, a Unix
socket in WORK_DIR, no TCP), then two instances on 127.0.0.1 free ports with the same store, token and
--decision-log. Concurrent clients write assessments through A (some retried with their key) and read
through B; A reloads a new rule release meanwhile. Then: no write lost, none recorded twice; A and B
give the same answer for the same assessment (decision ids apart); every decision is fetched back from
the other instance and names the rules version of the answer it was given with. Last, A is killed with
SIGKILL in the middle of writes: every write it acknowledged is still there, read through B.
Skipped, with the reason, where PostgreSQL is not installed. Prints "N passed, N failed".
"""
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

TRYNEXT, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
TOKEN = "two-instances-token"
PG = os.path.join(SOURCE, "tests", "store", "postgres_server.sh")
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


class Instance:
    def __init__(self, name, store, rules, token_file):
        self.name = name
        self.log = open(os.path.join(WORK, name + ".log"), "wb")
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRYNEXT_")}
        self.proc = subprocess.Popen([TRYNEXT, "serve", "--host", "127.0.0.1", "--port", "0", "--store", store,
                                      "--token-file", token_file, "--decision-log", "--rules", rules],
                                     stdout=subprocess.PIPE, stderr=self.log, env=env)
        line = self.proc.stdout.readline().decode()
        m = re.match(r"trynext serve: listening on http://127\.0\.0\.1:(\d+)$", line.strip())
        if not m:
            self.proc.kill()
            raise SystemExit(f"{name}: unexpected first line {line!r}")
        self.port = int(m.group(1))

    def call(self, method, path, body=None, headers=None, timeout=30):
        h = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json", **(headers or {})}
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        conn.request(method, path, body=json.dumps(body) if isinstance(body, dict) else body, headers=h)
        r = conn.getresponse()
        raw = r.read()
        conn.close()
        return r.status, json.loads(raw), r.getheader("Trynext-Decision")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=15)


def without(doc, *keys):
    doc = json.loads(json.dumps(doc))
    for k in keys:
        doc.pop(k, None)
    return doc


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    pg = os.path.join(WORK, "pg")
    started = subprocess.run(["bash", PG, "start", pg], capture_output=True, text=True)
    if os.path.exists(os.path.join(pg, "skipped")):
        print("trynext test skipped: " + open(os.path.join(pg, "skipped")).read().strip())
        return 0
    if started.returncode != 0 or not os.path.exists(os.path.join(pg, "url")):
        print("FAILED: the PostgreSQL test server did not start: " + started.stdout + started.stderr, file=sys.stderr)
        return 1
    try:
        return run(open(os.path.join(pg, "url")).read().strip())
    finally:
        subprocess.run(["bash", PG, "stop", pg])


def run(url):
    token_file = os.path.join(WORK, "token")
    open(token_file, "w").write(TOKEN + "\n")
    rules_a, rules_b = os.path.join(WORK, "rules-a"), os.path.join(WORK, "rules-b")
    shutil.copytree(os.path.join(SOURCE, "rules"), rules_a, ignore=shutil.ignore_patterns("tests"))
    shutil.copytree(rules_a, rules_b)
    text = re.sub(r"^\s*//.*$", "", open(os.path.join(SOURCE, "examples", "team-merger.json")).read(), flags=re.M)
    assessment = json.loads(text)
    assessment["team"].pop("in_place", None)
    assessment["team"].pop("tried", None)

    a = Instance("a", url, rules_a, token_file)
    b = Instance("b", url, rules_b, token_file)
    try:
        # The same assessment through each: the same answer, decision ids apart.
        sa, ra, _ = a.call("POST", "/v1/recommendations", assessment)
        sb, rb, _ = b.call("POST", "/v1/recommendations", assessment)
        check(sa == sb == 200 and without(ra, "decision") == without(rb, "decision"),
              "A and B give the same answer for the same assessment")
        check(ra["decision"]["id"] != rb["decision"]["id"], "each answer has its own decision id")
        version_before = ra["versions"]["rules"]
        st, seen, _ = b.call("GET", "/v1/decisions/" + ra["decision"]["id"])
        check(st == 200 and seen["versions"]["rules"] == version_before and seen["route"] == "recommend",
              f"B finds the decision A made: {st} {seen}")

        # Concurrent writers through A, readers through B, a rules reload on A meanwhile.
        writers, per_writer = 4, 6
        acknowledged = {}  # team -> [(assessment id, decision id, rules version)]
        errors = []
        lock = threading.Lock()
        stop_reading = threading.Event()

        def writer(i):
            team = f"team-{i}"
            for n in range(per_writer):
                key = f"{team}-{n}"
                try:
                    for attempt in range(2 if n % 3 == 0 else 1):  # every third write retried: recorded once
                        st, body, header = a.call("POST", f"/v1/teams/{team}/assessments?date=2026-03-{n + 1:02d}",
                                                  assessment, {"Idempotency-Key": key})
                        if st not in (200, 201) or (attempt == 1 and not body.get("repeated")):
                            raise RuntimeError(f"{key} attempt {attempt}: {st} {body}")
                    with lock:
                        acknowledged.setdefault(team, []).append(
                            (body["assessment"]["id"], body["decision"]["id"], body["result"]["versions"]["rules"],
                             header))
                except Exception as e:
                    with lock:
                        errors.append(repr(e))

        def reader():
            while not stop_reading.is_set():
                for i in range(writers):
                    try:
                        st, body, _ = b.call("GET", f"/v1/teams/team-{i}")
                        if st not in (200, 404):
                            raise RuntimeError(f"read team-{i}: {st} {body}")
                    except Exception as e:
                        with lock:
                            errors.append(repr(e))

        threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
        readers = [threading.Thread(target=reader) for _ in range(2)]
        for t in threads + readers:
            t.start()
        time.sleep(0.3)
        for root, _, files in os.walk(rules_a):  # a new release for A: the same rules, another digest
            for name in files:
                if name.endswith(".lua"):
                    with open(os.path.join(root, name), "a") as f:
                        f.write("\n-- release 2\n")
        st, reloaded, _ = a.call("POST", "/v1/rules/reload")
        check(st == 200 and reloaded["versions"]["rules"] != version_before, f"A reloads a new release: {st}")
        version_after = reloaded["versions"]["rules"]
        for t in threads:
            t.join()
        stop_reading.set()
        for t in readers:
            t.join()
        check(not errors, f"no request failed: {errors[:3]}")

        for i in range(writers):
            team = f"team-{i}"
            st, history, _ = b.call("GET", f"/v1/teams/{team}")
            ids = [x["id"] for x in history.get("assessments", [])]
            keys = [x.get("request_id") for x in history.get("assessments", [])]
            check(st == 200 and len(ids) == per_writer and len(set(keys)) == per_writer,
                  f"{team}: every write once through B: {len(ids)} records, keys {keys}")
            check(sorted(ids) == sorted(x[0] for x in acknowledged.get(team, [])),
                  f"{team}: the records are the ones A acknowledged")
            for assessment_id, decision_id, rules, header in acknowledged.get(team, []):
                st, d, _ = b.call("GET", "/v1/decisions/" + decision_id)
                check(st == 200 and d["team"] == team and d["versions"]["rules"] == rules
                      and rules in (version_before, version_after) and header.startswith("id=" + decision_id)
                      and f"rules={rules}" in header, f"{team}: the decision names its rules version: {st} {d}")
        all_rules = {x[2] for v in acknowledged.values() for x in v}
        check(version_before in all_rules or version_after in all_rules, f"versions logged: {all_rules}")

        # After the reload A and B differ only in the rules version: the same recommendations still.
        sa, ra, _ = a.call("POST", "/v1/recommendations", assessment)
        sb, rb, _ = b.call("POST", "/v1/recommendations", assessment)
        check(ra["versions"]["rules"] == version_after and rb["versions"]["rules"] == version_before,
              "the decision log and the answers name each instance's version")
        check(without(ra, "decision", "versions") == without(rb, "decision", "versions"),
              "the same answer from both releases")

        # SIGKILL in the middle of writes: nothing A acknowledged is lost.
        committed = []
        killed = threading.Event()

        def hammer():
            n = 0
            while not killed.is_set():
                try:
                    st, body, _ = a.call("POST", f"/v1/teams/killed/assessments?date=2026-04-01", assessment,
                                         {"Idempotency-Key": f"k-{n}"}, timeout=5)
                    if st in (200, 201):
                        committed.append(body["assessment"]["id"])
                except Exception:
                    if killed.is_set():
                        return
                n += 1

        hammers = [threading.Thread(target=hammer) for _ in range(3)]
        for t in hammers:
            t.start()
        time.sleep(1.5)
        a.proc.kill()  # SIGKILL
        killed.set()
        a.proc.wait(timeout=10)
        for t in hammers:
            t.join()
        st, history, _ = b.call("GET", "/v1/teams/killed")
        on_disk = {x["id"] for x in history.get("assessments", [])}
        check(len(committed) > 0 and set(committed) <= on_disk,
              f"every write A acknowledged before SIGKILL is there: {len(committed)} acknowledged, "
              f"{len(on_disk)} recorded, missing {set(committed) - on_disk}")
        check(len(on_disk) <= len(committed) + 3, "at most the writes in flight more than acknowledged")
        st, _, _ = b.call("GET", "/healthz")
        check(st == 200, "B keeps serving")
        a2 = Instance("a-again", url, rules_a, token_file)
        try:
            st, again, _ = a2.call("GET", "/v1/teams/killed")
            check(st == 200 and {x["id"] for x in again["assessments"]} == on_disk, "a restarted A sees the same")
        finally:
            a2.stop()
    finally:
        a.stop()
        b.stop()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
