"""Reads a received message with Python's own MIME parser, for the tests to check what a mail
program would show: decoded headers, the text, and each attachment written to OUTDIR.

Usage: read_mail.py MESSAGE.eml OUTDIR  (prints one JSON object)
"""

import email
import email.policy
import json
import os
import sys


def main():
    path, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    text = msg.get_body(preferencelist=("plain",))
    files = []
    for n, part in enumerate(msg.iter_attachments()):
        target = os.path.join(out, f"{n}.bin")
        with open(target, "wb") as f:
            f.write(part.get_payload(decode=True))
        files.append(
            {"name": part.get_filename(), "type": part.get_content_type(), "path": target}
        )
    print(
        json.dumps(
            {
                "from": str(msg["From"]),
                "to": str(msg["To"]),
                "reply_to": str(msg["Reply-To"]),
                "subject": str(msg["Subject"]),
                "message_id": str(msg["Message-ID"]),
                "text": text.get_content() if text is not None else None,
                "files": files,
            }
        )
    )


if __name__ == "__main__":
    main()
