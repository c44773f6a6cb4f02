"""A TLS certificate for the loopback stand-ins: verify sends the team's key only over https.

One self-signed certificate for 127.0.0.1 per test session, made with the `openssl` command line
(the project has no crypto library to make one with). A stand-in serves it; verify trusts it
through `SSL_CERT_FILE`, the variable httpx reads for its CA bundle (httpx docs, "Environment
Variables"), which is how an operator points verify at a private CA too.
"""

from __future__ import annotations

import atexit
import shutil
import ssl
import subprocess
import tempfile
from functools import cache
from pathlib import Path


@cache
def certificate() -> tuple[Path, Path]:
    """(certificate, key) PEM files for 127.0.0.1, valid for two days."""
    folder = Path(tempfile.mkdtemp(prefix="verify-tls-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=verify-standin",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True, capture_output=True, timeout=30,
    )
    return cert, key


def server_context() -> ssl.SSLContext:
    """A server-side context serving the certificate."""
    cert, key = certificate()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context
