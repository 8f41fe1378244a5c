#!/usr/bin/python3
"""The service with each history store: assess-and-record over loopback (POST
/v1/teams/{team}/assessments, each with its own Idempotency-Key, the decision log on), with SQLite and
with PostgreSQL, through one instance and through two on the same store. A benchmark, not a test.

    tools/bench/store_bench.py [--build build] [--seconds 10] [--clients 8] [--out FILE]

For each case: requests per second (answered 201) and the 50th and 99th percentiles of latency, in
milliseconds, over the run; a request that fails is counted and reported. The clients are Python
threads, one kept-alive connection each, spread over the instances in turn; they share the machine with
the service, so on a small machine the figures are a floor. PostgreSQL is a throwaway server
(tests/store/postgres_server.sh: a Unix socket, fsync on); without it those cases say why they did not run.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKEN = "bench-token"


def start(trynext, store, token_file, rules, log):
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRYNEXT_")}
    p = subprocess.Popen([trynext, "serve", "--port", "0", "--store", store, "--token-file", token_file,
                          "--decision-log", "--rules", rules], stdout=subprocess.PIPE, stderr=log, env=env)
    m = re.match(r"trynext serve: listening on http://127\.0\.0\.1:(\d+)$", p.stdout.readline().decode().strip())
    if not m:
        p.kill()
        raise SystemExit("trynext serve did not start")
    return p, int(m.group(1))


def drive(ports, body, seconds, clients, tag):
    latencies, failures, lock = [], [0], threading.Lock()
    deadline = time.time() + seconds

    def client(i):
        port = ports[i % len(ports)]
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        n, mine, bad = 0, [], 0
        headers = {"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"}
        while time.time() < deadline:
            team = f"{tag}-{i}-{n % 20}"  # 20 teams a client: histories grow as they would
            headers["Idempotency-Key"] = f"{tag}-{i}-{n}"
            t0 = time.perf_counter()
            try:
                conn.request("POST", f"/v1/teams/{team}/assessments?date=2026-03-01", body=body, headers=headers)
                r = conn.getresponse()
                r.read()
                ok = r.status == 201
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            if ok:
                mine.append((time.perf_counter() - t0) * 1000)
            else:
                bad += 1
            n += 1
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    start_t = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - start_t
    latencies.sort()
    pct = lambda q: round(latencies[min(len(latencies) - 1, int(q * len(latencies)))], 1) if latencies else None
    return {"requests": len(latencies), "failed": failures[0], "seconds": round(elapsed, 1),
            "rps": round(len(latencies) / elapsed, 1), "p50_ms": pct(0.5), "p99_ms": pct(0.99)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--out")
    args = ap.parse_args()
    trynext = os.path.join(args.build, "tools", "trynext", "trynext")
    work = tempfile.mkdtemp(prefix="trynext-store-bench-", dir=os.path.join(args.build))
    os.chmod(work, 0o755)  # the PostgreSQL server runs as its own user, under this directory
    token_file = os.path.join(work, "token")
    open(token_file, "w").write(TOKEN)
    rules = os.path.join(ROOT, "rules")
    text = re.sub(r"^\s*//.*$", "", open(os.path.join(ROOT, "examples", "team-merger.json")).read(), flags=re.M)
    doc = json.loads(text)
    doc["team"].pop("in_place", None)
    doc["team"].pop("tried", None)
    body = json.dumps(doc)
    pg_script = os.path.join(ROOT, "tests", "store", "postgres_server.sh")
    pg = os.path.join(work, "pg")
    subprocess.run(["bash", pg_script, "start", pg], capture_output=True)
    pg_url = open(os.path.join(pg, "url")).read().strip() if os.path.exists(os.path.join(pg, "url")) else None
    results = {"machine": {"cores": os.cpu_count(), "load": os.getloadavg()}, "clients": args.clients,
               "seconds": args.seconds, "cases": []}
    log = open(os.path.join(work, "serve.log"), "wb")
    try:
        for kind in ("sqlite", "postgresql"):
            for instances in (1, 2):
                case = {"store": kind, "instances": instances}
                if kind == "postgresql" and not pg_url:
                    case["skipped"] = open(os.path.join(pg, "skipped")).read().strip() if os.path.exists(
                        os.path.join(pg, "skipped")) else "the PostgreSQL test server did not start"
                    results["cases"].append(case)
                    continue
                store = os.path.join(work, f"history-{instances}.db") if kind == "sqlite" else pg_url
                procs = [start(trynext, store, token_file, rules, log) for _ in range(instances)]
                try:
                    drive([p for _, p in procs], body, 1, args.clients, f"warm-{kind}-{instances}")
                    case.update(drive([p for _, p in procs], body, args.seconds, args.clients, f"{kind}-{instances}"))
                finally:
                    for p, _ in procs:
                        p.send_signal(signal.SIGTERM)
                        p.wait(timeout=15)
                print(json.dumps(case), file=sys.stderr)
                results["cases"].append(case)
    finally:
        subprocess.run(["bash", pg_script, "stop", pg], capture_output=True)
    text = json.dumps(results, indent=2)
    if args.out:
        open(args.out, "w").write(text + "\n")
    print(text)
    print("\n| store | instances | requests/s | p50 ms | p99 ms | failed |\n| --- | --- | --- | --- | --- | --- |")
    for c in results["cases"]:
        if "skipped" in c:
            print(f"| {c['store']} | {c['instances']} | skipped: {c['skipped']} | | | |")
        else:
            print(f"| {c['store']} | {c['instances']} | {c['rps']} | {c['p50_ms']} | {c['p99_ms']} | {c['failed']} |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
