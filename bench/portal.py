"""A large local portal for the crawl benchmarks: the kmabxh replica, both editions, on disk.

    python bench/portal.py --per-edition 10000 --serve     # generate, serve until Ctrl-C

Pages are written as static files and served by nginx (Debian's nginx-light, installed
with apt-get when missing and this runs as root) or, failing that, by Python's
ThreadingHTTPServer; `serve()` says which. Both send Last-Modified, nginx also ETag, so
an unchanged re-crawl gets 304s from either.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archiver.demo.replica import build_replica


@dataclass
class LocalPortal:
    root: Path
    ports: tuple[int, int]  # English, Chinese edition
    articles: int
    pages: int
    html_bytes: int

    @property
    def urls(self) -> tuple[str, str]:
        return tuple(f"http://127.0.0.1:{port}" for port in self.ports)  # type: ignore[return-value]

    @property
    def mirrors(self) -> list[str]:
        en, zh = self.urls
        return ["--mirror", f"en.kmabxh.com={en}", "--mirror", f"www.kmabxh.com={zh}"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def generate(root: Path, per_edition: int) -> LocalPortal:
    """Write both editions under ``root``/en and ``root``/zh; the links name the ports chosen here."""
    ports = (free_port(), free_port())
    en, zh, articles = build_replica(f"http://127.0.0.1:{ports[0]}", f"http://127.0.0.1:{ports[1]}", per_edition)
    shutil.rmtree(root, ignore_errors=True)
    pages = html_bytes = 0
    for name, routes in (("en", en), ("zh", zh)):
        for path, page in routes.items():
            target = root / name / (path.lstrip("/") or "index.html")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.body)
            if path != "/robots.txt":
                pages += 1
                html_bytes += len(page.body)
    return LocalPortal(root, ports, len(articles), pages, html_bytes)


_NGINX_CONF = """
worker_processes 1;
pid {root}/nginx.pid;
error_log {root}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    keepalive_requests 100000;
    types {{ text/html html; text/plain txt; }}
    default_type text/html;
    charset utf-8;
    client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
    uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
    server {{ listen 127.0.0.1:{en_port}; root {root}/en; index index.html; }}
    server {{ listen 127.0.0.1:{zh_port}; root {root}/zh; index index.html; }}
}}
"""


def nginx_binary(install: bool = True) -> str | None:
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if os.path.exists(p)), None)
    if found or not install or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    print("installing nginx-light with apt-get ...", file=sys.stderr)
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    if subprocess.run(["apt-get", "update", "-qq"], **quiet).returncode == 0:
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "nginx-light"],
            **quiet,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    return shutil.which("nginx") or (shutil.which("/usr/sbin/nginx"))


def wait_for(port: int) -> None:
    for _ in range(200):
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@contextlib.contextmanager
def serve(portal: LocalPortal, server: str = "auto") -> Iterator[str]:
    """Serve ``portal``; yields the server's name ("nginx 1.22.1" or "python ThreadingHTTPServer")."""
    binary = nginx_binary() if server in ("auto", "nginx") else None
    if binary:
        root = portal.root.resolve()
        (root / "tmp").mkdir(exist_ok=True)
        conf = root / "nginx.conf"
        conf.write_text(_NGINX_CONF.format(root=root, en_port=portal.ports[0], zh_port=portal.ports[1]))
        version = subprocess.run([binary, "-v"], capture_output=True, text=True).stderr.strip().split("/")[-1]
        process = subprocess.Popen(
            [binary, "-c", str(conf), "-p", str(root), "-g", "daemon off;"], stderr=subprocess.DEVNULL
        )
        try:
            for port in portal.ports:
                wait_for(port)
            yield f"nginx {version}"
        finally:
            process.terminate()
            process.wait(10)
        return
    if server == "nginx":
        raise SystemExit("nginx is not installed and could not be installed (apt-get install -y nginx-light)")
    servers = []
    for name, port in zip(("en", "zh"), portal.ports, strict=True):
        handler = functools.partial(_QuietHandler, directory=str(portal.root / name))
        httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        httpd.daemon_threads = True
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
    try:
        yield "python ThreadingHTTPServer (nginx unavailable)"
    finally:
        for httpd in servers:
            httpd.shutdown()
            httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    extensions_map = {".html": "text/html; charset=utf-8", ".txt": "text/plain"}  # noqa: RUF012

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-edition", type=int, default=10_000)
    parser.add_argument("--root", type=Path, default=Path("data/bench-portal"))
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--serve", action="store_true", help="Serve it until Ctrl-C.")
    args = parser.parse_args()
    started = time.perf_counter()
    portal = generate(args.root, args.per_edition)
    print(
        f"{portal.articles} articles, {portal.pages} pages, {portal.html_bytes / 1e6:.1f} MB of HTML in "
        f"{portal.root} ({time.perf_counter() - started:.1f}s)"
    )
    if args.serve:
        with serve(portal, args.server) as name:
            print(
                f"served by {name}: {' '.join(portal.urls)}; crawl it with\n"
                f"  archiver crawl kmabxh {' '.join(portal.mirrors)} --db data/bench.db"
            )
            with contextlib.suppress(KeyboardInterrupt):
                while True:
                    time.sleep(3600)


if __name__ == "__main__":
    main()
