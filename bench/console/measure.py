#!/usr/bin/python3
"""Times the console's cameras page on several servers against references on each, over keep-alive connections.
Each round asks every server in turn, so that the machine's load at that moment weighs on all of them alike.
usage: measure.py ADMIN_PASSWORD ROUNDS LABEL=BASE_URL [LABEL=BASE_URL ...]
Prints per server and request kind the median and p90 in ms over ROUNDS requests (after 3 unmeasured ones), then
the ratios of the page to the references."""
import base64
import http.client
import re
import statistics
import sys
import time
import urllib.parse

admin_password, rounds = sys.argv[1], int(sys.argv[2])
servers = [arg.split("=", 1) for arg in sys.argv[3:]]
auth = {"Authorization": "Basic " + base64.b64encode(("admin:" + admin_password).encode()).decode()}


class Client:
    """One keep-alive connection with the session cookie the console sets."""

    def __init__(self, base):
        parsed = urllib.parse.urlparse(base)
        self.connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=120)
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(k + "=" + v for k, v in self.cookies.items())
        self.connection.request(method, path, body, headers)
        reply = self.connection.getresponse()
        text = reply.read().decode("utf-8", "replace")
        for name, value in reply.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";")[0]
        return reply.status, text


def view_state(page):
    return re.search(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]+)"', page).group(1)


def expect(status, text, what, needle):
    if status != 200 or needle not in text:
        sys.exit("%s: HTTP %d, %r not in the answer: %s" % (what, status, needle, text[:600]))


class Server:
    """The requests measured on one server: an API client, an anonymous one and a signed-in console."""

    def __init__(self, base):
        self.api, self.anonymous, self.console = Client(base), Client(base), Client(base)
        status, page = self.console.request("GET", "/login.xhtml")
        form = {"login": "login", "login:username": "admin", "login:password": admin_password,
                "login:signin": "", "jakarta.faces.ViewState": view_state(page)}
        status, _ = self.console.request("POST", "/login.xhtml", urllib.parse.urlencode(form),
                                         {"Content-Type": "application/x-www-form-urlencoded"})
        if status not in (200, 302, 303):
            sys.exit("sign-in failed: HTTP %d" % status)
        self.cameras_page(0)

    def api_page(self, i):
        status, text = self.api.request("GET", "/api/cameras?size=50&page=%d" % (i % 2), headers=auth)
        expect(status, text, "api", '"items"')

    def login_page(self, i):
        status, text = self.anonymous.request("GET", "/login.xhtml")
        expect(status, text, "login page", "login:signin")

    def cameras_page(self, i):
        status, text = self.console.request("GET", "/admin/cameras.xhtml")
        expect(status, text, "cameras page", "camera-row")
        self.state = view_state(text)

    def next_table_page(self, i):
        """The paginator's Ajax request, as PrimeFaces sends it, for pages 2 to 4 of 25 rows."""
        form = {"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "cameras:table",
                "jakarta.faces.partial.execute": "cameras:table", "jakarta.faces.partial.render": "cameras:table",
                "cameras:table": "cameras:table", "cameras:table_pagination": "true",
                "cameras:table_first": str(25 * (1 + i % 3)), "cameras:table_rows": "25",
                "cameras:table_skipChildren": "true", "cameras:table_encodeFeature": "true",
                "cameras": "cameras", "jakarta.faces.ViewState": self.state}
        status, text = self.console.request("POST", "/admin/cameras.xhtml", urllib.parse.urlencode(form),
                                            {"Content-Type": "application/x-www-form-urlencoded",
                                             "Faces-Request": "partial/ajax"})
        expect(status, text, "table page", "camera-row")


KINDS = [("api", "reference: GET /api/cameras?size=50", Server.api_page),
         ("login", "reference: GET /login.xhtml (Faces)", Server.login_page),
         ("page", "GET /admin/cameras.xhtml", Server.cameras_page),
         ("paging", "Ajax: next page of the table", Server.next_table_page)]

measured = [(label, Server(base)) for label, base in servers]
medians = {label: {} for label, _ in measured}
for key, title, call in KINDS:
    if key == "paging":  # a fresh view, as a person would page right after opening the page
        for _, server in measured:
            server.cameras_page(0)
    times = {label: [] for label, _ in measured}
    for i in range(-3, rounds):
        for label, server in measured:
            start = time.perf_counter()
            call(server, max(i, 0))
            if i >= 0:
                times[label].append((time.perf_counter() - start) * 1000)
    for label, _ in measured:
        ordered = sorted(times[label])
        medians[label][key] = statistics.median(ordered)
        print("%-10s %-36s median %8.1f ms   p90 %8.1f ms" % (label, title, medians[label][key],
                                                             ordered[max(0, int(len(ordered) * 0.9) - 1)]))
for label, _ in measured:
    m = medians[label]
    print("%-10s ratio page / api %.1f   page / login %.1f   paging / api %.1f" % (
        label, m["page"] / m["api"], m["page"] / m["login"], m["paging"] / m["api"]))
