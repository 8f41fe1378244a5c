#!/usr/bin/python3
"""Slow and idle clients cannot hold the workers others need (issue 22), on an ephemeral loopback port.

    slow_clients_test.py TRYNEXT SOURCE_DIR WORK_DIR [--connections N] [--seconds S]

Opens N (500) connections that stay open without finishing a request: a third idle, a third trickling
their headers, a third trickling a body after whole headers, each sending a byte every second. While
they are open, a normal client sends GET /healthz and POST /v1/recommendations on fresh connections
for S (8) seconds; the 99th percentile of its latencies must be under 100 ms and every answer 200.
Then checks that the slow connections were still open (they held connections, not workers), that one
connection over --max-connections is answered 503, and, on a second service with short deadlines,
that the header, body and idle deadlines are enforced per connection however the client trickles.
Before the connection gate, 40 such clients stalled /healthz for ten seconds.
"""
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time

TRYNEXT, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
CONNECTIONS = int(sys.argv[sys.argv.index("--connections") + 1]) if "--connections" in sys.argv else 500
SECONDS = float(sys.argv[sys.argv.index("--seconds") + 1]) if "--seconds" in sys.argv else 8.0
EXAMPLE = open(os.path.join(SOURCE, "examples", "team-merger.json"), "rb").read()
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAILED:", what, file=sys.stderr)
    return ok


def skip(reason):
    print("trynext test skipped: " + reason)
    sys.exit(0)


class Server:
    def __init__(self, name, *args):
        os.makedirs(WORK, exist_ok=True)
        self.log_path = os.path.join(WORK, name + ".log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([TRYNEXT, "serve", "--port", "0", *args], stdout=subprocess.PIPE, stderr=self.log)
        line = self.proc.stdout.readline().decode()
        m = re.match(r"trynext serve: listening on http://127\.0\.0\.1:(\d+)$", line.strip())
        if not m:
            self.proc.kill()
            raise SystemExit(f"{name}: unexpected first line {line!r}; log: {open(self.log_path).read()}")
        self.port = int(m.group(1))

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None


def request(port, raw, timeout=5.0):
    """One request on a fresh connection; returns (status, seconds)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(raw)
        reply = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            reply += chunk
            head, sep, body = reply.partition(b"\r\n\r\n")
            m = re.search(rb"\r\nContent-Length: (\d+)", head, re.I)
            if sep and m and len(body) >= int(m.group(1)):
                break
    took = time.monotonic() - started
    m = re.match(rb"HTTP/1\.1 (\d{3}) ", reply)
    return (int(m.group(1)) if m else 0), took


def slow_load(port, n):
    """n connections kept open without a whole request; returns them with what each still has to send."""
    slow = []
    for i in range(n):
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.setblocking(False)
        kind = i % 3
        if kind == 1:  # headers, a byte at a time
            s.send(b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            rest = b"X-Slow: " + b"a" * 10000
        elif kind == 2:  # whole headers, then a body a byte at a time
            s.send(b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n")
            rest = b" " * 10000
        else:  # idle
            rest = b""
        slow.append([s, kind, rest])
    return slow


def trickle(slow):
    for entry in slow:
        if entry[2]:
            try:
                entry[0].send(entry[2][:1])
                entry[2] = entry[2][1:]
            except OSError:
                pass


def still_open(s):
    try:
        return s.recv(1, socket.MSG_DONTWAIT) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def main():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = CONNECTIONS + 200
    if soft < wanted:
        if hard != resource.RLIM_INFINITY and hard < wanted:
            skip(f"{wanted} open files are needed and the hard limit is {hard}")
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))

    # Deadlines longer than the test, so the slow connections stay open throughout: they must be
    # harmless because they hold no worker, not because they are cut off.
    a = Server("load", "--threads", "4", "--max-connections", str(CONNECTIONS + 20), "--read-timeout", "60",
               "--header-timeout", "60", "--request-timeout", "60")
    slow = []
    try:
        slow = slow_load(a.port, CONNECTIONS)
        healthz = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        recommend = (b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: " + str(len(EXAMPLE)).encode() + b"\r\n\r\n" + EXAMPLE)
        latencies, statuses = [], []
        started = last_trickle = time.monotonic()
        i = 0
        while time.monotonic() - started < SECONDS:
            if time.monotonic() - last_trickle >= 1.0:
                trickle(slow)
                last_trickle = time.monotonic()
            status, took = request(a.port, recommend if i % 4 == 3 else healthz)
            statuses.append(status)
            latencies.append(took)
            i += 1
        p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
        print(f"{CONNECTIONS} slow connections; {len(latencies)} requests in {SECONDS:.0f} s: "
              f"p50 {p50 * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
        check(all(s == 200 for s in statuses), f"normal requests answered: {sorted(set(statuses))}")
        check(len(latencies) >= 20, f"only {len(latencies)} normal requests in {SECONDS} s")
        check(p99 < 0.100, f"p99 {p99 * 1000:.1f} ms with {CONNECTIONS} slow connections open (bound 100 ms)")
        open_now = sum(still_open(s) for s, _, _ in slow)
        check(open_now == CONNECTIONS, f"{CONNECTIONS - open_now} slow connections were closed early")

        # Over the bound: answered 503 at once, and the service goes on.
        extra = [socket.create_connection(("127.0.0.1", a.port), timeout=5) for _ in range(20)]
        status, took = request(a.port, healthz)
        check(status == 503 and took < 1.0, f"a connection over --max-connections: {status} in {took:.2f} s")
        for s in extra:
            s.close()
    finally:
        for s, _, _ in slow:
            s.close()
        code = a.stop()
    check(code == 0, f"stopped by SIGTERM with code {code}")
    time.sleep(0.2)

    # Deadlines per connection, whatever the client trickles.
    b = Server("deadlines", "--read-timeout", "1", "--header-timeout", "2", "--request-timeout", "3")
    try:
        cases = {
            "headers trickled": (b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n", b"X-Slow: " + b"a" * 100, 2, b"headers"),
            "body trickled": (b"POST /v1/recommendations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n",
                              b" " * 100, 3, b"body"),
        }
        for label, (head, rest, bound, word) in cases.items():
            started = time.monotonic()
            reply = b""
            with socket.create_connection(("127.0.0.1", b.port), timeout=10) as s:
                s.sendall(head)
                s.setblocking(False)
                while time.monotonic() - started < 8:
                    try:
                        chunk = s.recv(65536)
                        if not chunk:
                            break
                        reply += chunk
                    except BlockingIOError:
                        try:
                            s.send(rest[:1])
                            rest = rest[1:]
                        except OSError:
                            break
                        time.sleep(0.25)
                    except OSError:
                        break
            waited = time.monotonic() - started
            check(reply.startswith(b"HTTP/1.1 408") and b"Connection: close" in reply and word in reply
                  and bound - 0.2 <= waited < bound + 1.5, f"{label}: {waited:.1f} s, {reply[:200]!r}")
        started = time.monotonic()
        with socket.create_connection(("127.0.0.1", b.port), timeout=10) as s:
            closed = s.recv(1) == b""
        waited = time.monotonic() - started
        check(closed and 0.8 <= waited < 2.5, f"an idle connection closed after {waited:.1f} s")
    finally:
        code = b.stop()
    check(code == 0, f"stopped by SIGTERM with code {code}")
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
