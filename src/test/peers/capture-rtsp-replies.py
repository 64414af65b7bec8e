#!/usr/bin/python3
"""Records raw RTSP replies from a running test peer into test resource files, byte for byte.

usage: capture-rtsp-replies.py PORT USER PASSWORD OUTPUT_DIR
Writes options-200.txt, describe-401.txt, describe-main-200.txt, describe-sub-200.txt, describe-404.txt.
An independent (Python) Digest implementation, so the captures do not depend on the code they test.
"""
import hashlib
import os
import re
import socket
import sys


def read_reply(sock):
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    need = int(length.group(1)) if length else 0
    while len(body) < need:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def request(sock, method, url, cseq, extra=""):
    sock.sendall(("%s %s RTSP/1.0\r\nCSeq: %d\r\nUser-Agent: capture\r\n%s\r\n" % (method, url, cseq, extra)).encode())
    return read_reply(sock)


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def main():
    port, user, password, out = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    os.makedirs(out, exist_ok=True)
    base = "rtsp://127.0.0.1:%s" % port

    def save(name, reply):
        with open(os.path.join(out, name), "wb") as f:
            f.write(reply)

    sock = socket.create_connection(("127.0.0.1", int(port)))
    save("options-200.txt", request(sock, "OPTIONS", base + "/main", 1))
    challenge = request(sock, "DESCRIBE", base + "/main", 2, "Accept: application/sdp\r\n")
    save("describe-401.txt", challenge)
    realm = re.search(rb'realm="([^"]*)"', challenge).group(1).decode()
    nonce = re.search(rb'nonce="([^"]*)"', challenge).group(1).decode()
    cseq = 3
    for path in ("main", "sub"):
        url = base + "/" + path
        response = md5("%s:%s" % (md5("%s:%s:%s" % (user, realm, password)), nonce + ":" + md5("DESCRIBE:" + url)))
        auth = 'Authorization: Digest username="%s", realm="%s", nonce="%s", uri="%s", response="%s"\r\n' % (
            user, realm, nonce, url, response)
        save("describe-%s-200.txt" % path, request(sock, "DESCRIBE", url, cseq, "Accept: application/sdp\r\n" + auth))
        cseq += 1
    save("describe-404.txt", request(sock, "DESCRIBE", base + "/nope", cseq, "Accept: application/sdp\r\n"))


if __name__ == "__main__":
    main()
