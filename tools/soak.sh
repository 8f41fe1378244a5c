#!/usr/bin/env bash
# Soak test of `trynext serve`: runs the service on loopback with concurrent clients and rule
# reloads for a while, then reports requests served, errors (must be zero) and the service's
# resident memory at the start and the end (must stay flat).
#
#   tools/soak.sh [SECONDS] [CLIENTS] [MAX_REQUESTS]        default: 180 s, 8 clients, 500000
#
# The clients send the scenarios of tests/scenarios (sometimes with explain or as cards), invalid
# documents (which must get 400), catalogue and health requests, and assessments that make a hostile
# rule loop, eat memory or fail (which must get 200 with a warning naming that rule). A reloader
# changes a rule file and reloads over HTTP every few seconds, and now and then installs a broken
# rule file whose reload must be refused while the service goes on serving. Meanwhile SOAK_SLOW
# connections (default 500) stay open without finishing a request: a third idle, a third trickling their
# headers, a third trickling a body, a byte a second each; the service's deadlines close them and they
# are opened again. They must not slow the clients (issue 22): the clients' 99th percentile is reported.
#
# Environment: TRYNEXT (the program; default build/tools/trynext/trynext), CATALOGUE (default the
# build's catalogue db), SOAK_RSS_SLACK_MB (allowed growth of resident memory between the first and
# the last quarter of the run, default 32), SOAK_THREADS (service worker threads, default 8), SOAK_SLOW
# (slow connections held open, default 500; 0: none).
# Exit status: 0 when every request got its expected answer and memory stayed flat, else 1.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-180}"
clients="${2:-8}"
max_requests="${3:-500000}"
trynext="${TRYNEXT:-$root/build/tools/trynext/trynext}"
catalogue="${CATALOGUE:-$(dirname "$(dirname "$(dirname "$trynext")")")/catalogue/trynext-catalogue.db}"
slack="${SOAK_RSS_SLACK_MB:-32}"
threads="${SOAK_THREADS:-8}"
slow="${SOAK_SLOW:-500}"

[ -x "$trynext" ] || { echo "soak.sh: no program at $trynext (build it, or set TRYNEXT)" >&2; exit 2; }
[ -f "$catalogue" ] || { echo "soak.sh: no catalogue at $catalogue (build catalogue_db, or set CATALOGUE)" >&2; exit 2; }
"$trynext" serve --help >/dev/null 2>&1 || { echo "soak.sh: $trynext has no serve command" >&2; exit 2; }

work="$(mktemp -d /tmp/trynext-soak.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# A private copy of the rules, plus a hostile rule that misbehaves only for headcounts 9001-9003.
cp -r "$root/rules" "$work/rules"
cat >"$work/rules/zz_soak_hostile.lua" <<'EOF'
-- soak: misbehaves on purpose for three headcounts; the service must contain it under load.
rule {
  id = "soak_hostile",
  title = "Soak: a hostile rule",
  sources = { { file = "000_d1d09049e0b9ad2c.txt", section = "soak", lines = { 1, 2 } } },
  recommends = { "peer_support" },
  evaluate = function(a)
    local n = a.team.headcount
    if n == 9001 then while true do end end
    if n == 9002 then local t = {} for i = 1, 1e9 do t[i] = ("x"):rep(64) .. i end end
    if n == 9003 then error("soak: deliberate failure") end
  end,
}
EOF
echo "soak-$$-$RANDOM" >"$work/token"

"$trynext" serve --port 0 --threads "$threads" --max-connections $((slow + clients + 64)) --rules "$work/rules" --catalogue "$catalogue" \
  --token-file "$work/token" >"$work/stdout" 2>"$work/requests.log" &
server_pid=$!
port=""
for _ in $(seq 100); do
  port="$(grep -o 'listening on http://[^ ]*' "$work/stdout" 2>/dev/null | sed 's/.*://' | tr -dc '0-9')" || true
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "soak.sh: the service did not start:" >&2; cat "$work/requests.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "soak.sh: the service did not print its port" >&2; exit 1; }
echo "soak: trynext serve (pid $server_pid) on 127.0.0.1:$port; $clients clients for ${seconds}s (at most $max_requests requests)"

set +e
python3 - "$port" "$server_pid" "$seconds" "$clients" "$max_requests" "$work" "$root/tests/scenarios" "$slack" "$slow" <<'PY'
import glob, http.client, json, os, random, resource, socket, sys, threading, time

port, pid, seconds, clients, max_requests = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
work, scenarios_dir, slack_mb, slow_count = sys.argv[6], sys.argv[7], float(sys.argv[8]), int(sys.argv[9])
token = open(os.path.join(work, "token")).read().strip()
# Scenario files hold the assessment under "input".
scenarios = [json.dumps(json.load(open(f))["input"]).encode() for f in sorted(glob.glob(os.path.join(scenarios_dir, "*.json")))]
invalid = [b"", b"{", b"[]", b'{"team": {"headcount": "ten"}}', b'{"team": {"headcount": 10, "headcount": 11}}',
           b"[" * 5000, b'{"team": {"headcount": NaN}}', b'{"team": {"name": "\xff"}}', b'{"team": {"headcount": 1e400}}']
hostile = {9001: "rule_limit", 9002: "rule_limit", 9003: "rule_error"}

def rss_kb():
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

lock = threading.Lock()
stats = {"requests": 0, "by_status": {}, "errors": 0, "reloads_ok": 0, "reloads_refused": 0, "slowest_ms": 0.0,
         "slow_opened": 0}
latencies = []  # of the GET requests: the ones whose time does not depend on the rules
error_samples = []
deadline = time.time() + seconds
stop = threading.Event()

def record(status, ok, what, ms):
    with lock:
        stats["requests"] += 1
        stats["by_status"][status] = stats["by_status"].get(status, 0) + 1
        stats["slowest_ms"] = max(stats["slowest_ms"], ms)
        if not ok:
            stats["errors"] += 1
            if len(error_samples) < 20:
                error_samples.append(what)
        if stats["requests"] >= max_requests:
            stop.set()

def request(conn, method, path, body=None, headers=None):
    started = time.time()
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    return r.status, data, (time.time() - started) * 1000

def client(seed):
    rnd = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while not stop.is_set() and time.time() < deadline:
        kind = rnd.random()
        try:
            if kind < 0.55:
                query = rnd.choice(["", "?explain=true", "?format=cards", "?top=3"])
                status, data, ms = request(conn, "POST", "/v1/recommendations" + query, rnd.choice(scenarios),
                                           {"Content-Type": "application/json"})
                ok = status == 200 and b"recommendations" in data or (query == "?format=cards" and status == 200)
                record(status, ok, "scenario%s -> %d %s" % (query, status, data[:200]), ms)
            elif kind < 0.70:
                body = rnd.choice(invalid)
                status, data, ms = request(conn, "POST", "/v1/recommendations", body, {"Content-Type": "application/json"})
                ok = status == 400 and b'"error"' in data
                record(status, ok, "invalid %r -> %d %s" % (body[:40], status, data[:200]), ms)
            elif kind < 0.85:
                headcount = rnd.choice(list(hostile))
                body = json.dumps({"team": {"name": "soak", "headcount": headcount}}).encode()
                status, data, ms = request(conn, "POST", "/v1/recommendations", body, {"Content-Type": "application/json"})
                ok = False
                if status == 200:
                    warnings = json.loads(data).get("warnings", [])
                    ok = any(w.get("rule") == "soak_hostile" and w.get("kind") == hostile[headcount] and
                             w.get("file") == "zz_soak_hostile.lua" and w.get("line", 0) > 0 for w in warnings)
                record(status, ok, "hostile %d -> %d %s" % (headcount, status, data[:300]), ms)
            else:
                path = rnd.choice(["/v1/catalogue", "/healthz", "/v1/assessment", "/v1/catalogue/peer_support"])
                status, data, ms = request(conn, "GET", path)
                record(status, status == 200, "GET %s -> %d" % (path, status), ms)
                latencies.append(ms)
        except Exception as e:  # a dropped connection is an error too
            record(0, False, "%s: %s" % (type(e).__name__, e), 0.0)
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.close()

rule_file = os.path.join(work, "rules", "zz_soak_hostile.lua")
broken_file = os.path.join(work, "rules", "zz_soak_broken.lua")
original = open(rule_file).read()

def reloader():
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    n = 0
    while not stop.wait(3.0) and time.time() < deadline:
        n += 1
        broken = n % 4 == 0
        if broken:
            open(broken_file, "w").write("rule { id = 'broken', title = 'Broken'  -- a syntax error\n")
        else:
            open(rule_file, "w").write(original + "-- reload %d\n" % n)
        try:
            status, data, ms = request(conn, "POST", "/v1/rules/reload", b"", {"Authorization": "Bearer " + token})
            if broken:
                ok = status == 500 and b"reload_failed" in data
                with lock:
                    stats["reloads_refused"] += ok
            else:
                ok = status == 200 and b'"reloaded":true' in data.replace(b" ", b"")
                with lock:
                    stats["reloads_ok"] += ok
            record(status, ok, "reload%s -> %d %s" % (" (broken)" if broken else "", status, data[:300]), ms)
        except Exception as e:
            record(0, False, "reload: %s: %s" % (type(e).__name__, e), 0.0)
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        if broken:
            os.remove(broken_file)
    conn.close()

SLOW_HEADS = [b"", b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\n",
              b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n"]

def slow_loader():
    """slow_count connections that never finish a request; each one the service closes is opened again."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = slow_count + clients + 100
    if soft < wanted and (hard == resource.RLIM_INFINITY or hard >= wanted):
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    held = [None] * slow_count
    while not stop.is_set() and time.time() < deadline:
        for i in range(slow_count):
            s = held[i]
            try:
                if s is None:
                    s = socket.create_connection(("127.0.0.1", port), timeout=5)
                    s.setblocking(False)
                    s.send(SLOW_HEADS[i % 3])
                    held[i] = s
                    with lock:
                        stats["slow_opened"] += 1
                elif i % 3:
                    s.send(b"X" if i % 3 == 1 else b" ")
                else:
                    if s.recv(1) == b"":  # the service closed an idle one
                        raise OSError("closed")
            except BlockingIOError:
                pass
            except OSError:
                if s is not None:
                    s.close()
                held[i] = None
        stop.wait(1.0)
    for s in held:
        if s is not None:
            s.close()

# Warm up (every code path once), then measure.
warm = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
for body in scenarios:
    request(warm, "POST", "/v1/recommendations?explain=true", body, {"Content-Type": "application/json"})
warm.close()
samples = [(0.0, rss_kb())]
started = time.time()
threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)] + [threading.Thread(target=reloader)]
if slow_count:
    threads.append(threading.Thread(target=slow_loader))
for t in threads:
    t.start()
while any(t.is_alive() for t in threads):
    time.sleep(1.0)
    samples.append((time.time() - started, rss_kb()))
for t in threads:
    t.join()
elapsed = time.time() - started
samples.append((elapsed, rss_kb()))

quarter = max(1, len(samples) // 4)
first = sorted(kb for _, kb in samples[:quarter])[quarter // 2]
last = sorted(kb for _, kb in samples[-quarter:])[quarter // 2]
peak = max(kb for _, kb in samples)
flat = last - first <= slack_mb * 1024
print("soak: %.0f s, %d requests (%.0f/s), statuses %s" % (elapsed, stats["requests"], stats["requests"] / elapsed,
      dict(sorted(stats["by_status"].items()))))
print("soak: reloads %d accepted, %d broken ones refused; slowest request %.0f ms" %
      (stats["reloads_ok"], stats["reloads_refused"], stats["slowest_ms"]))
ordered = sorted(latencies) or [0.0]
print("soak: GET requests' latency p50 %.1f ms, p99 %.1f ms; %d slow connections held open (%d opened in all)" %
      (ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], slow_count,
       stats["slow_opened"]))
print("soak: errors %d" % stats["errors"])
for e in error_samples:
    print("  " + e)
print("soak: resident memory at start %.1f MiB (after warm-up %.1f MiB), end %.1f MiB, peak %.1f MiB: %s" %
      (samples[0][1] / 1024, first / 1024, last / 1024, peak / 1024,
       "flat" if flat else "GREW by %.1f MiB (allowed %.0f)" % ((last - first) / 1024, slack_mb)))
sys.exit(0 if stats["errors"] == 0 and flat else 1)
PY
status=$?
set -e
if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "soak: the service died" >&2
  tail -5 "$work/requests.log" >&2
  exit 1
fi
exit $status
