#!/usr/bin/python3
"""A rules roll-out by symlink swap: `trynext serve --rules CURRENT --watch N` where CURRENT is a link
that a deployment tool replaces atomically (a new link renamed over it, as `ln -sfn` is done safely).

    rules_rollout_test.py TRYNEXT SOURCE_DIR WORK_DIR

Starts the service on release-a through the link, keeps clients asking for recommendations and
/healthz, swaps the link to release-b and waits for /healthz to report release-b's rules version:
every request meanwhile answered 200, each answer's rules one of the two releases (never a mix).
Prints "N passed, N failed".
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


def get(port, method, path, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(method, path, body=body, headers={"Content-Type": "application/json"})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, json.loads(data)


def swap(link, target):
    tmp = link + ".new"
    if os.path.lexists(tmp):
        os.unlink(tmp)
    os.symlink(target, tmp)
    os.rename(tmp, link)  # atomic: the link names the old release or the new, never neither


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    a = os.path.join(WORK, "release-a")
    b = os.path.join(WORK, "release-b")
    shutil.copytree(os.path.join(SOURCE, "rules"), a, ignore=shutil.ignore_patterns("tests"))
    shutil.copytree(a, b)
    # release b differs by a comment in every rule file, so a half-read mix would have a third digest
    for root, _, files in os.walk(b):
        for name in files:
            if name.endswith(".lua"):
                with open(os.path.join(root, name), "a") as f:
                    f.write("\n-- release b\n")
    current = os.path.join(WORK, "current")
    swap(current, "release-a")
    version_a = json.loads(subprocess.run([TRYNEXT, "recommend", "--format", "json", "--rules", a,
                                           os.path.join(SOURCE, "examples", "team-merger.json")],
                                          capture_output=True, check=True).stdout)["versions"]["rules"]
    version_b = json.loads(subprocess.run([TRYNEXT, "recommend", "--format", "json", "--rules", b,
                                           os.path.join(SOURCE, "examples", "team-merger.json")],
                                          capture_output=True, check=True).stdout)["versions"]["rules"]
    check(version_a != version_b, "the two releases have different rules versions")

    log = open(os.path.join(WORK, "serve.log"), "wb")
    proc = subprocess.Popen([TRYNEXT, "serve", "--port", "0", "--rules", current, "--watch", "100"],
                            stdout=subprocess.PIPE, stderr=log)
    line = proc.stdout.readline().decode()
    m = re.match(r"trynext serve: listening on http://127\.0\.0\.1:(\d+)$", line.strip())
    if not m:
        proc.kill()
        raise SystemExit(f"unexpected first line {line!r}")
    port = int(m.group(1))
    example = re.sub(r"^\s*//.*$", "", open(os.path.join(SOURCE, "examples", "team-merger.json")).read(), flags=re.M)
    try:
        status, health = get(port, "GET", "/healthz")
        check(status == 200 and health["versions"]["rules"] == version_a, f"release a in service: {health}")

        stop = threading.Event()
        results = []  # (status, rules version) of every request while the link is swapped
        lock = threading.Lock()

        def client():
            while not stop.is_set():
                try:
                    st, body = get(port, "POST", "/v1/recommendations", example)
                    rules = body.get("versions", {}).get("rules")
                    st2, h = get(port, "GET", "/healthz")
                    with lock:
                        results.append((st, rules))
                        results.append((st2, h["versions"]["rules"]))
                except Exception as e:  # a refused or dropped connection is a failed request
                    with lock:
                        results.append((0, repr(e)))

        clients = [threading.Thread(target=client) for _ in range(3)]
        for t in clients:
            t.start()
        time.sleep(0.5)
        swap(current, "release-b")
        deadline = time.time() + 20
        seen = None
        while time.time() < deadline:
            _, h = get(port, "GET", "/healthz")
            seen = h["versions"]["rules"]
            if seen == version_b:
                break
            time.sleep(0.1)
        check(seen == version_b, f"/healthz reports release b after the swap: {seen}")
        time.sleep(0.5)
        stop.set()
        for t in clients:
            t.join()
        failures = [r for r in results if r[0] != 200]
        check(len(results) > 10 and not failures, f"{len(results)} requests, failed: {failures[:5]}")
        versions = {r[1] for r in results}
        check(versions <= {version_a, version_b} and version_b in versions,
              f"every answer came from release a or release b: {versions}")
        # and the swap back is noticed too
        swap(current, "release-a")
        deadline = time.time() + 20
        while time.time() < deadline and get(port, "GET", "/healthz")[1]["versions"]["rules"] != version_a:
            time.sleep(0.1)
        check(get(port, "GET", "/healthz")[1]["versions"]["rules"] == version_a, "swapped back to release a")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=15)
    events = [json.loads(l) for l in open(os.path.join(WORK, "serve.log")) if '"event"' in l]
    reloads = [e for e in events if e.get("event") == "reload" and e.get("trigger") == "watch"]
    check(any(e["ok"] and e["rules"] == version_b for e in reloads), f"the log names the reload: {reloads}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
