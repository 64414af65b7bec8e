#!/usr/bin/env python3
"""A Foscam HD camera's CGI as its published guide describes it (Foscam IPCamera CGI User Guide): credentials in the
query (usr=, pwd=), every answer HTTP 200, a refusal as <CGI_Result><result>-2</result></CGI_Result> ("user name or
password error"). Serves cmd=snapPicture2 (a JPEG) only. Standard library only.

Usage: foscam-cgi.py --address A --port P --user U --password PW --jpeg FILE
Prints "READY http=<port>" on stdout once it listens. The password is never printed.
"""
import argparse
import http.server
import sys
import urllib.parse

RESULT = "<CGI_Result>\n    <result>{}</result>\n</CGI_Result>\n"


def handler(user, password, jpeg):
    class Cgi(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path != "/cgi-bin/CGIProxy.fcgi":
                self.send(404, "text/plain", b"not found")
                return
            query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            if query.get("usr", [""])[0] != user or query.get("pwd", [""])[0] != password:
                self.send(200, "text/plain", RESULT.format(-2).encode())
            elif query.get("cmd", [""])[0] == "snapPicture2":
                self.send(200, "image/jpeg", jpeg)
            else:
                self.send(200, "text/plain", RESULT.format(-1).encode())

        def send(self, status, content_type, body):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass  # the query holds the password

    return Cgi


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--address", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--jpeg", required=True)
    args = parser.parse_args()
    with open(args.jpeg, "rb") as picture:
        jpeg = picture.read()
    server = http.server.ThreadingHTTPServer((args.address, args.port), handler(args.user, args.password, jpeg))
    print(f"READY http={server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
