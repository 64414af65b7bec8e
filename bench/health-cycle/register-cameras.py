#!/usr/bin/python3
"""Registers N cameras, spread round-robin over real RTSP servers on loopback, through OhmVision's API over one
keep-alive connection. usage: register-cameras.py BASE_URL ADMIN_PASSWORD N RTSP_URLS USER PASSWORD [NAME_PREFIX
[PER_SECOND [DISTINCT]]] (RTSP_URLS comma-separated; names NAME_PREFIX-00000 and on, default bench; PER_SECOND caps
the rate, 0 or absent for as fast as the API answers; DISTINCT=distinct gives each camera its own URL, the server's
plus ?camera=NAME, which the peers ignore: decodes of equal URLs are made once for all, as they should be, so a bench
of decoding needs one URL a camera). Prints a line every 1,000 cameras: how many, seconds since the start, and the
rate of the last 1,000, so that an import's slowing down shows."""
import base64
import http.client
import json
import sys
import time
import urllib.parse

base, admin_password, count, rtsp_urls, user, password = sys.argv[1:7]
prefix = sys.argv[7] if len(sys.argv) > 7 else "bench"
per_second = float(sys.argv[8]) if len(sys.argv) > 8 else 0
distinct = len(sys.argv) > 9 and sys.argv[9] == "distinct"
urls = rtsp_urls.split(",")
parsed = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(parsed.hostname, parsed.port)
auth = "Basic " + base64.b64encode(("admin:" + admin_password).encode()).decode()
start = last = time.monotonic()
for i in range(int(count)):
    if per_second > 0:
        time.sleep(max(0.0, start + i / per_second - time.monotonic()))
    name = "%s-%05d" % (prefix, i)
    url = urls[i % len(urls)] + ("?camera=" + name if distinct else "")
    body = json.dumps({"name": name, "primaryStreamUrl": url, "username": user, "password": password})
    connection.request("POST", "/api/cameras", body, {"Content-Type": "application/json", "Authorization": auth})
    reply = connection.getresponse()
    reply.read()
    if reply.status != 201:
        sys.exit("camera %d: HTTP %d" % (i, reply.status))
    if (i + 1) % 1000 == 0:
        now = time.monotonic()
        print("registered %d after %.0f s, %.0f a second" % (i + 1, now - start, 1000 / (now - last)), flush=True)
        last = now
print("registered", count, flush=True)
