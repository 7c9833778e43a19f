"""A real SMTP server for the tests (Debian's python3-aiosmtpd), on 127.0.0.1.

Usage: smtp_server.py --out DIR [--tls starttls|implicit|none]
                      [--user NAME --password PW] [--stop-after N] [--refuse ADDRESS]

Prints "READY <port>" once it listens. Each message received is saved as DIR/<n>.eml with the
envelope beside it in DIR/<n>.rcpt. With --stop-after N the server stops listening while it
accepts the N-th message, so the next connection is refused: a server gone mid-batch, at a
known place. --refuse answers 550 for that recipient.

The certificates in tests/fixtures/mail were made once with openssl: a test certificate
authority (ca.pem, its key thrown away) and a leaf for localhost and 127.0.0.1 (server.pem,
server.key, CA:FALSE, as rustls requires), valid for 100 years.
"""

import argparse
import asyncio
import os
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "fixtures", "mail")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--tls", default="starttls", choices=["starttls", "implicit", "none"])
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--stop-after", type=int, default=0)
    p.add_argument("--refuse", default="")
    args = p.parse_args()
    # aiosmtpd 1.4 warns about its own deprecated attributes and about AUTH without TLS (which
    # the plain-connection tests use on purpose): noise in the test logs.
    warnings.simplefilter("ignore")
    os.makedirs(args.out, exist_ok=True)

    context = None
    if args.tls != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(
            os.path.join(FIXTURES, "server.pem"), os.path.join(FIXTURES, "server.key")
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    state = {"count": len([f for f in os.listdir(args.out) if f.endswith(".eml")])}
    server = None

    class Handler:
        async def handle_RCPT(self, server_, session, envelope, address, rcpt_options):
            if address == args.refuse:
                return "550 5.1.1 No such mailbox here"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server_, session, envelope):
            state["count"] += 1
            base = os.path.join(args.out, str(state["count"]))
            with open(base + ".eml.part", "wb") as f:
                f.write(envelope.original_content)
            with open(base + ".rcpt", "w") as f:
                f.write("\n".join([envelope.mail_from] + envelope.rcpt_tos))
            os.rename(base + ".eml.part", base + ".eml")
            if args.stop_after and state["count"] >= args.stop_after:
                # Stop listening now: this message is still answered, the next one refused.
                server.close()
            return "250 Message accepted"

    def authenticator(server_, session, envelope, mechanism, auth_data):
        ok = (
            args.user is not None
            and auth_data.login.decode() == args.user
            and auth_data.password.decode() == args.password
        )
        # Not handled here: aiosmtpd answers a refusal with 535 itself.
        return AuthResult(success=ok, handled=False)

    def factory():
        kwargs = {"hostname": "localhost"}
        if args.user is not None:
            kwargs.update(authenticator=authenticator, auth_required=True)
        if args.tls == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        else:
            # With TLS from the first byte aiosmtpd does not know the line is secure.
            kwargs.update(auth_require_tls=False)
        return SMTP(Handler(), **kwargs)

    server = loop.run_until_complete(
        loop.create_server(
            factory,
            host="127.0.0.1",
            port=0,
            ssl=context if args.tls == "implicit" else None,
        )
    )
    print("READY", server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
