#!/usr/bin/python3
"""The manager's pages as trynext serve sends them (serve/web_files.cpp), on an ephemeral loopback port.

    web_service_test.py TRYNEXT SOURCE_DIR WORK_DIR

/ and every file under web/assets/ with its Content-Type, Cache-Control, ETag (304 on If-None-Match),
Content-Security-Policy and nosniff; no inline script or handler in the page; unknown paths and `..`
tricks (plain, percent-encoded, double-encoded, backslashes, NUL, a symbolic link out of the
directory, a file of an unserved kind) are JSON 404s, tried with raw requests so no client tidies the
path first; the page's address is printed at start, and a service without the pages says so.
Standard library only.
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys

TRYNEXT, SOURCE, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
WEB = os.path.join(SOURCE, "web")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png",
         ".txt": "text/plain; charset=utf-8"}
failures = []
checks = 0


def check(ok, what):
    global checks
    checks += 1
    if not ok:
        failures.append(what)
        print("FAILED:", what, file=sys.stderr)
    return ok


class Server:
    def __init__(self, name, *args, env=None):
        self.log = open(os.path.join(WORK, name + ".log"), "wb")
        self.proc = subprocess.Popen([TRYNEXT, "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                                     stderr=self.log, env=env or os.environ.copy())
        first = self.proc.stdout.readline().decode().strip()
        m = re.match(r"trynext serve: listening on http://127\.0\.0\.1:(\d+)$", first)
        if not m:
            self.proc.kill()
            raise SystemExit(f"{name}: unexpected first line {first!r}")
        self.port = int(m.group(1))
        self.second = ""

    def read_second_line(self):
        self.second = self.proc.stdout.readline().decode().strip()
        return self.second

    def raw(self, request):
        """Sends request bytes as they are; returns (status, headers, body)."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as s:
            s.sendall(request)
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        return status, headers, body

    def get(self, target, method="GET", extra=b""):
        return self.raw(method.encode() + b" " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                        extra + b"\r\n")

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def check_security(headers, what):
    check(headers.get("content-security-policy") == CSP, f"{what}: the Content-Security-Policy "
          f"({headers.get('content-security-policy')!r})")
    check(headers.get("x-content-type-options") == "nosniff", f"{what}: X-Content-Type-Options nosniff")
    check(headers.get("referrer-policy") == "no-referrer", f"{what}: Referrer-Policy no-referrer")


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    env = os.environ.copy()
    env.pop("TRYNEXT_WEB", None)
    a = Server("web", env=env)
    try:
        check(a.read_second_line() == f"trynext serve: the manager's page is at http://127.0.0.1:{a.port}/",
              f"the page's address is printed at start: {a.second!r}")

        # The page.
        status, h, body = a.get(b"/")
        check(status == 200, f"GET / is 200, got {status}")
        check(h.get("content-type") == "text/html; charset=utf-8", f"GET / is HTML: {h.get('content-type')}")
        check(h.get("cache-control") == "no-cache", f"GET / Cache-Control no-cache: {h.get('cache-control')}")
        check_security(h, "GET /")
        check(body == open(os.path.join(WEB, "index.html"), "rb").read(), "GET / is web/index.html")
        html = body.decode()
        check(re.search(r"<script(?![^>]*\bsrc=)", html) is None, "no inline script in the page")
        check(re.search(r"\son[a-z]+\s*=", html) is None, "no inline event handler in the page")
        check(re.search(r"\sstyle\s*=|<style", html) is None, "no inline style in the page")
        check(re.search(r"(src|href)=\"(https?:)?//", html) is None, "nothing from another origin")
        etag = h.get("etag", "")
        check(re.fullmatch(r'"[0-9a-f]+"', etag) is not None, f"GET / has an ETag: {etag!r}")
        status, h, body = a.get(b"/", extra=b"If-None-Match: " + etag.encode() + b"\r\n")
        check(status == 304 and body == b"", f"If-None-Match with the ETag is 304 without a body, got {status}")
        status, h, body = a.get(b"/", method="HEAD")
        check(status == 200 and body == b"" and h.get("content-type", "").startswith("text/html"),
              f"HEAD / is 200 without a body, got {status}")

        # Every asset, with its type; and the modules import only assets that exist.
        assets = sorted(os.listdir(os.path.join(WEB, "assets")))
        check(len(assets) >= 5, f"web/assets holds the pages' files: {assets}")
        for name in assets:
            ext = os.path.splitext(name)[1]
            status, h, body = a.get(b"/assets/" + name.encode())
            check(status == 200, f"/assets/{name} is 200, got {status}")
            check(h.get("content-type") == TYPES.get(ext), f"/assets/{name} type {h.get('content-type')}")
            check(h.get("cache-control") == "no-cache", f"/assets/{name} Cache-Control")
            check_security(h, f"/assets/{name}")
            check(body == open(os.path.join(WEB, "assets", name), "rb").read(), f"/assets/{name} is the file")
            if ext == ".js":
                for imported in re.findall(r"^import .* from '\./([^']+)';", body.decode(), re.M):
                    check(imported in assets, f"{name} imports ./{imported}, which exists")
                check("innerHTML" not in body.decode() and "eval(" not in body.decode(),
                      f"{name}: no innerHTML or eval (text from the engine is set as text)")

        # Unknown paths and `..` tricks: JSON 404s that name the page, and nothing leaks.
        tricks = [b"/assets/nothing.js", b"/assets/", b"/assets", b"/index.html", b"/web/index.html",
                  b"/assets/../serve/service.cpp", b"/assets/../../CMakeLists.txt", b"/assets/%2e%2e/index.html",
                  b"/assets/%2E%2E%2F%2E%2E%2FCMakeLists.txt", b"/assets/..%2f..%2fCMakeLists.txt",
                  b"/assets/%252e%252e%252fCMakeLists.txt", b"/assets/.%2e/.%2e/CMakeLists.txt",
                  b"/assets/..\\..\\CMakeLists.txt", b"/assets/%5c..%5c..%5cCMakeLists.txt",
                  b"/assets/style.css%00.js", b"/assets/.hidden.js", b"/assets//etc/passwd",
                  b"/assets/%2fetc%2fpasswd", b"/..%2f..%2fetc%2fpasswd", b"/%2e%2e/%2e%2e/etc/passwd",
                  b"/assets/app.js/..", b"/assets/app.js/", b"/assets/app.js%2f..%2fstyle.css",
                  b"/assets/sub/app.js", b"/assets/app.JS", b"/README.md", b"/assets/README.md"]
        for t in tricks:
            status, h, body = a.get(t)
            check(status == 404, f"GET {t!r} is 404, got {status}")
            check(b"root:" not in body and b"project(" not in body and b"#include" not in body,
                  f"GET {t!r} leaks nothing")
            if status == 404:
                check(h.get("content-type") == "application/json" and b'"not_found"' in body,
                      f"GET {t!r} is the service's JSON 404: {body[:120]!r}")
        status, h, body = a.raw(b"GET /assets/%2e%2e/index.html HTTP/1.0\r\n\r\n")
        check(status == 404, f"HTTP/1.0 encoded dots are 404, got {status}")
        status, h, body = a.get(b"/", method="POST", extra=b"Content-Length: 0\r\n")
        check(status == 404, f"POST / is 404, got {status}")

        # The API is still JSON beside the pages.
        status, h, body = a.get(b"/v1/assessment")
        check(status == 200 and h.get("content-type") == "application/json", "GET /v1/assessment is still JSON")
    finally:
        a.stop()

    # A copy of the pages with a symbolic link out of the directory and a file of another kind.
    copy = os.path.join(WORK, "web-copy")
    shutil.copytree(WEB, copy)
    secret = os.path.join(WORK, "secret.js")
    with open(secret, "w") as f:
        f.write("// outside the pages\n")
    os.symlink(secret, os.path.join(copy, "assets", "link.js"))
    with open(os.path.join(copy, "assets", "key.pem"), "w") as f:
        f.write("private\n")
    b = Server("web-copy", "--web", copy, env=env)
    try:
        b.read_second_line()
        check(b.get(b"/assets/link.js")[0] == 404, "a symbolic link out of the directory is 404")
        check(b.get(b"/assets/key.pem")[0] == 404, "a file of a kind not served is 404")
        check(b.get(b"/assets/app.js")[0] == 200, "--web DIR serves that directory")
    finally:
        b.stop()

    # No pages: a warning at start and a 404 that says why; the API works.
    c = Server("no-web", "--web", os.path.join(WORK, "nowhere"), env=env)
    try:
        status, h, body = c.get(b"/")
        check(status == 404 and b"no_web_pages" in body, f"GET / without pages is a 404 saying why: {body[:200]!r}")
        check(c.get(b"/healthz")[0] == 200, "the API works without the pages")
    finally:
        c.stop()
    log = open(os.path.join(WORK, "no-web.log")).read()
    check("the manager's pages (web/) were not found" in log, "the missing pages are reported at start")

    print(f"web_service: {checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
