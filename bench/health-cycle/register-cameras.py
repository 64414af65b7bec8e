#!/usr/bin/python3
"""Registers N cameras, spread round-robin over real RTSP servers on loopback, through OhmVision's API over one
keep-alive connection. usage: register-cameras.py BASE_URL ADMIN_PASSWORD N RTSP_URLS USER PASSWORD [NAME_PREFIX]
(RTSP_URLS comma-separated; names NAME_PREFIX-00000 and on, default bench)"""
import base64
import http.client
import json
import sys
import urllib.parse

base, admin_password, count, rtsp_urls, user, password = sys.argv[1:7]
prefix = sys.argv[7] if len(sys.argv) > 7 else "bench"
urls = rtsp_urls.split(",")
parsed = urllib.parse.urlparse(base)
connection = http.client.HTTPConnection(parsed.hostname, parsed.port)
auth = "Basic " + base64.b64encode(("admin:" + admin_password).encode()).decode()
for i in range(int(count)):
    body = json.dumps({"name": "%s-%05d" % (prefix, i), "primaryStreamUrl": urls[i % len(urls)], "username": user,
                       "password": password})
    connection.request("POST", "/api/cameras", body, {"Content-Type": "application/json", "Authorization": auth})
    reply = connection.getresponse()
    reply.read()
    if reply.status != 201:
        sys.exit("camera %d: HTTP %d" % (i, reply.status))
print("registered", count)
