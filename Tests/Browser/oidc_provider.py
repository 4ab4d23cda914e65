"""A small OpenID Connect provider for the browser journeys: discovery, an authorisation
endpoint that signs in one person and sends the browser straight back, a token endpoint that
checks the client, the code and PKCE, and its key set. Its ID tokens are ES256-signed with a
key made at start. It runs in a thread of the journeys' own process, on a free port."""
import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

CLIENT_ID = "roder-journeys"
CLIENT_SECRET = "journey-directory-secret"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Provider:
    def __init__(self, email):
        self.email = email
        self.key = ec.generate_private_key(ec.SECP256R1())
        self.grants = {}
        self.lock = threading.Lock()
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *arguments):
                pass

            def reply(self, status, body, content_type="application/json", headers=()):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                address = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(address.query))
                if address.path == "/.well-known/openid-configuration":
                    issuer = provider.issuer
                    self.reply(200, json.dumps({"issuer": issuer, "authorization_endpoint": issuer + "/authorize",
                                                "token_endpoint": issuer + "/token", "jwks_uri": issuer + "/jwks"}))
                elif address.path == "/jwks":
                    self.reply(200, json.dumps({"keys": [provider.jwk()]}))
                elif address.path == "/authorize":
                    if query.get("response_type") != "code" or query.get("code_challenge_method") != "S256" or query.get("client_id") != CLIENT_ID:
                        return self.reply(400, "bad request", "text/plain")
                    code = secrets.token_urlsafe(24)
                    with provider.lock:
                        provider.grants[code] = (query["redirect_uri"], query["nonce"], query["code_challenge"])
                    back = query["redirect_uri"] + "?" + urllib.parse.urlencode({"code": code, "state": query["state"]})
                    self.reply(302, "", "text/plain", [("Location", back)])
                else:
                    self.reply(404, "not found", "text/plain")

            def do_POST(self):
                if self.path != "/token":
                    return self.reply(404, "not found", "text/plain")
                length = int(self.headers.get("Content-Length", "0"))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                with provider.lock:
                    grant = provider.grants.pop(form.get("code", ""), None)
                verifier = form.get("code_verifier", "")
                if (grant is None or form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET
                        or form.get("redirect_uri") != grant[0] or b64url(hashlib.sha256(verifier.encode()).digest()) != grant[2]):
                    return self.reply(400, json.dumps({"error": "invalid_grant"}))
                self.reply(200, json.dumps({"id_token": provider.id_token(grant[1]), "token_type": "Bearer"}))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.issuer = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()

    def jwk(self):
        numbers = self.key.public_key().public_numbers()
        return {"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": "journey-key",
                "x": b64url(numbers.x.to_bytes(32, "big")), "y": b64url(numbers.y.to_bytes(32, "big"))}

    def id_token(self, nonce):
        now = int(time.time())
        header = {"alg": "ES256", "typ": "JWT", "kid": "journey-key"}
        claims = {"iss": self.issuer, "aud": CLIENT_ID, "sub": "journey-person", "exp": now + 600, "iat": now, "nonce": nonce,
                  "email": self.email, "email_verified": True}
        signing_input = b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())
        r, s = decode_dss_signature(self.key.sign(signing_input.encode(), ec.ECDSA(hashes.SHA256())))
        return signing_input + "." + b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
