#!/usr/bin/python3
"""ONVIF device simulator for tests: WS-Discovery (multicast and unicast) and Device + Media ver10 SOAP services.

No ONVIF simulator can be installed on these machines, so this one is written from camera-facts.md section 3. It is
Python standard library only and runs as its own process, so it shares no code with the Java client it tests and can
be started inside a network namespace with `ip netns exec`.

- SOAP 1.2 over HTTP on --http-address:--http-port (0 = a free port); device service /onvif/device_service, media
  service /onvif/media_service.
- PRE_AUTH operations (GetSystemDateAndTime, GetCapabilities, GetServices, ...) need no credentials; the others
  need a WS-UsernameToken PasswordDigest whose Created lies within --created-window seconds of the simulator's own
  clock, which --clock-offset shifts (for skew tests). A bad token gets HTTP 400 with env:Sender/ter:NotAuthorized.
- --http-digest: protected operations need HTTP Digest (RFC 2617, MD5, qop=auth) instead; no credentials -> 401.
- --no-snapshot: GetSnapshotUri answers env:Receiver/ter:ActionNotSupported, like any unknown operation.
- --capabilities LIST (comma-separated, default all of ptz,audio-in,audio-out,events,imaging,analytics,recording):
  what GetServices and GetCapabilities advertise; without "ptz" there is no PTZ service at all (no
  PTZConfiguration in the profiles, /onvif/ptz_service answers 404). --legacy-services: GetServices answers
  ActionNotSupported, as on firmware older than it, so clients must fall back to GetCapabilities.
- PTZ service (ONVIF ver20/ptz/wsdl) at /onvif/ptz_service: GetNodes, GetConfigurations, ContinuousMove (velocities
  move the position until Stop or the request's Timeout, default PT5S), Stop, GetPresets, GotoPreset,
  GotoHomePosition, GetStatus. Presets from --preset token,name,pan,tilt,zoom (repeatable). Unknown profile:
  env:Sender/ter:InvalidArgVal/ter:NoProfile; unknown preset: .../ter:NoToken.
  GET /sim/state answers the PTZ state as JSON for tests: position, moving, velocity, the last command and every
  command received, oldest first.
- WS-Discovery: joins 239.255.255.250:3702 on the interface with --discovery-address only (bound to it, IP_MULTICAST_ALL off,
  so probes arriving on other interfaces are not seen) and answers multicast probes after a random delay up to
  --max-delay-ms (APP_MAX_DELAY, 500 ms); unicast probes to --discovery-address:--discovery-port are answered at
  once. --announce-zero puts http://0.0.0.0:PORT/... in XAddrs (a known camera quirk).
- Hostile device, for tests that OhmVision is not steered by what a device says (each off unless given):
  --xaddr URL (repeatable) announces these XAddrs instead of its own service; stream and snapshot URIs on another
  host are plain --profile / --snapshot-uri values; --redirect-to URL answers every SOAP request 302 to URL;
  --deep-reply N nests N elements inside the GetProfiles answer; --huge-reply BYTES pads it with a comment that long.

Prints "READY http=<port> discovery=<port>" on stdout once every socket listens. The password is never logged.
"""
import argparse
import base64
import datetime
import hashlib
import http.server
import json
import random
import re
import secrets
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
import xml.etree.ElementTree as ET

SOAP_ENV = "http://www.w3.org/2003/05/soap-envelope"
WSA = "http://schemas.xmlsoap.org/ws/2004/08/addressing"
WSD = "http://schemas.xmlsoap.org/ws/2005/04/discovery"
TDS = "http://www.onvif.org/ver10/device/wsdl"
TRT = "http://www.onvif.org/ver10/media/wsdl"
TT = "http://www.onvif.org/ver10/schema"
TPTZ = "http://www.onvif.org/ver20/ptz/wsdl"
# What --capabilities names, the ONVIF service namespace each stands for and its path here. Audio is not a service
# of its own: it is counted by the DeviceIO service (AudioSources / AudioOutputs).
SERVICES = {"ptz": (TPTZ, "/onvif/ptz_service"),
            "events": ("http://www.onvif.org/ver10/events/wsdl", "/onvif/events_service"),
            "imaging": ("http://www.onvif.org/ver20/imaging/wsdl", "/onvif/imaging_service"),
            "analytics": ("http://www.onvif.org/ver20/analytics/wsdl", "/onvif/analytics_service"),
            "recording": ("http://www.onvif.org/ver10/recording/wsdl", "/onvif/recording_service")}
DEVICE_IO = ("http://www.onvif.org/ver10/deviceIO/wsdl", "/onvif/deviceio_service")
ALL_CAPABILITIES = "ptz,audio-in,audio-out,events,imaging,analytics,recording"
DEFAULT_PTZ_TIMEOUT = 5.0
WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd"
MULTICAST_GROUP = "239.255.255.250"
DISCOVERY_PORT = 3702
IP_MULTICAST_ALL = 49  # linux/in.h; not exported by Python's socket module
PRE_AUTH = {"GetWsdlUrl", "GetServices", "GetServiceCapabilities", "GetCapabilities", "GetHostname",
            "GetSystemDateAndTime", "GetEndpointReference"}
DIGEST_REALM = "ONVIF Simulator"
PROBE_TYPES = {"NetworkVideoTransmitter", "Device"}


def log(message):
    print(message, file=sys.stderr, flush=True)


def local(tag):
    return tag.rsplit("}", 1)[-1]


def find_local(element, name):
    for child in element.iter():
        if local(child.tag) == name:
            return child
    return None


def text_of(element, name):
    found = find_local(element, name) if element is not None else None
    return (found.text or "").strip() if found is not None else None


def envelope(body, header="", extra_ns=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<s:Envelope xmlns:s="{SOAP_ENV}" xmlns:tds="{TDS}" xmlns:trt="{TRT}" xmlns:tt="{TT}" '
            f'xmlns:tptz="{TPTZ}" '
            f'xmlns:ter="http://www.onvif.org/ver10/error"{extra_ns}>'
            + (f"<s:Header>{header}</s:Header>" if header else "")
            + f"<s:Body>{body}</s:Body></s:Envelope>").encode("utf-8")


def fault(code, subcode, reason, detail=None):
    inner = f"<s:Subcode><s:Value>ter:{detail}</s:Value></s:Subcode>" if detail else ""
    return envelope(f"<s:Fault><s:Code><s:Value>s:{code}</s:Value><s:Subcode><s:Value>ter:{subcode}</s:Value>"
                    f"{inner}</s:Subcode></s:Code><s:Reason><s:Text xml:lang=\"en\">{reason}</s:Text></s:Reason>"
                    "</s:Fault>")


def escape(value):
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


class Profile:
    """token,name,encoding,width,height,fps,rtsp-uri"""

    def __init__(self, spec, sources):
        token, name, encoding, width, height, fps, uri = spec.split(",", 6)
        self.token, self.name, self.encoding, self.uri = token, name, encoding, uri
        # the video input the profile encodes: an NVR has one per channel
        self.source = sources.get(token, "video_source")
        self.width, self.height, self.fps = int(width), int(height), int(fps)

    def xml(self, ptz=False):
        return (f'<trt:Profiles token="{self.token}" fixed="true"><tt:Name>{escape(self.name)}</tt:Name>'
                f'<tt:VideoSourceConfiguration token="vsc"><tt:Name>vsc</tt:Name><tt:UseCount>1</tt:UseCount>'
                f'<tt:SourceToken>{escape(self.source)}</tt:SourceToken>'
                f'<tt:Bounds x="0" y="0" width="{self.width}" height="{self.height}"/></tt:VideoSourceConfiguration>'
                f'<tt:VideoEncoderConfiguration token="vec_{self.token}"><tt:Name>vec_{self.token}</tt:Name>'
                f'<tt:UseCount>1</tt:UseCount><tt:Encoding>{self.encoding}</tt:Encoding>'
                f'<tt:Resolution><tt:Width>{self.width}</tt:Width><tt:Height>{self.height}</tt:Height></tt:Resolution>'
                f'<tt:Quality>5</tt:Quality><tt:RateControl><tt:FrameRateLimit>{self.fps}</tt:FrameRateLimit>'
                f'<tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>1024</tt:BitrateLimit></tt:RateControl>'
                f'<tt:SessionTimeout>PT60S</tt:SessionTimeout></tt:VideoEncoderConfiguration>'
                + (PTZ_CONFIGURATION if ptz else "") + '</trt:Profiles>')


PTZ_CONFIGURATION = ('<tt:PTZConfiguration token="ptz_config"><tt:Name>PTZ</tt:Name><tt:UseCount>2</tt:UseCount>'
                     '<tt:NodeToken>ptz_node</tt:NodeToken><tt:DefaultContinuousPanTiltVelocitySpace>'
                     'http://www.onvif.org/ver10/tptz/PanTiltSpaces/VelocityGenericSpace'
                     '</tt:DefaultContinuousPanTiltVelocitySpace><tt:DefaultContinuousZoomVelocitySpace>'
                     'http://www.onvif.org/ver10/tptz/ZoomSpaces/VelocityGenericSpace'
                     '</tt:DefaultContinuousZoomVelocitySpace><tt:DefaultPTZTimeout>PT5S</tt:DefaultPTZTimeout>'
                     '</tt:PTZConfiguration>')


def clamp(value, low, high):
    return max(low, min(high, value))


def seconds_of(duration):
    """An xs:duration as ONVIF sends timeouts (PT1S, PT0.5S, PT1M2S); None when it is not one."""
    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?", duration or "")
    if not match or duration == "PT":
        return None
    hours, minutes, secs = match.groups()
    return int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(secs or 0)


class Ptz:
    """The head: position in the generic spaces (pan, tilt in [-1, 1], zoom in [0, 1]) moved by velocities over time.

    A move runs until Stop, the next command, or its timeout; the position is worked out when asked, so nothing
    ticks in the background. Commands are kept for tests to read through GET /sim/state."""

    def __init__(self, presets):
        self.lock = threading.Lock()
        self.position = [0.0, 0.0, 0.0]
        self.velocity = [0.0, 0.0, 0.0]
        self.started = None
        self.until = None
        self.presets = presets
        self.commands = []

    def _settle(self, now):
        if self.started is None:
            return
        end = min(now, self.until)
        elapsed = max(0.0, end - self.started)
        pan, tilt, zoom = (p + v * elapsed for p, v in zip(self.position, self.velocity))
        self.position = [clamp(pan, -1, 1), clamp(tilt, -1, 1), clamp(zoom, 0, 1)]
        self.started = end
        if now >= self.until:
            self.started, self.until, self.velocity = None, None, [0.0, 0.0, 0.0]

    def record(self, command):
        with self.lock:
            self.commands.append(command)

    def move(self, velocity, timeout):
        now = time.monotonic()
        with self.lock:
            self._settle(now)
            self.velocity, self.started, self.until = velocity, now, now + timeout

    def stop(self, pan_tilt, zoom):
        now = time.monotonic()
        with self.lock:
            self._settle(now)
            if self.started is not None:
                self.velocity = [0.0 if pan_tilt else self.velocity[0], 0.0 if pan_tilt else self.velocity[1],
                                 0.0 if zoom else self.velocity[2]]
                if self.velocity == [0.0, 0.0, 0.0]:
                    self.started, self.until = None, None

    def go_to(self, position):
        now = time.monotonic()
        with self.lock:
            self._settle(now)
            self.position = list(position)
            self.started, self.until, self.velocity = None, None, [0.0, 0.0, 0.0]

    def state(self):
        with self.lock:
            self._settle(time.monotonic())
            return {"pan": round(self.position[0], 4), "tilt": round(self.position[1], 4),
                    "zoom": round(self.position[2], 4), "moving": self.started is not None,
                    "velocity": {"pan": self.velocity[0], "tilt": self.velocity[1], "zoom": self.velocity[2]},
                    "lastCommand": self.commands[-1] if self.commands else None, "commands": list(self.commands)}


class Device:
    def __init__(self, args):
        self.args = args
        self.endpoint = "urn:uuid:" + (args.uuid or str(uuid.uuid4()))
        sources = dict(s.split("=", 1) for s in (args.profile_source or []))
        self.profiles = [Profile(p, sources) for p in (args.profile or [])]
        self.http_port = None
        self.digest_nonces = set()
        self.capabilities = set(c for c in args.capabilities.split(",") if c)
        unknown = self.capabilities - set(ALL_CAPABILITIES.split(","))
        if unknown:
            raise SystemExit(f"unknown --capabilities: {', '.join(sorted(unknown))}")
        self.ptz = Ptz({token: (name, position) for token, name, position in
                        (preset(p) for p in (args.preset or []))}) if "ptz" in self.capabilities else None

    def paths(self):
        """The SOAP endpoints served: device, media and the PTZ service when there is one."""
        return {"/onvif/device_service", "/onvif/media_service"} | ({SERVICES["ptz"][1]} if self.ptz else set())

    def now(self):
        return datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=self.args.clock_offset)

    def scopes(self):
        quote = lambda v: urllib.parse.quote(v, safe="")  # noqa: E731 - name/ must be percent-encoded
        scopes = ["onvif://www.onvif.org/Profile/Streaming", "onvif://www.onvif.org/type/video_encoder",
                  "onvif://www.onvif.org/hardware/" + quote(self.args.model),
                  "onvif://www.onvif.org/name/" + quote(self.args.name),
                  "onvif://www.onvif.org/location/country/test"]
        if self.args.mac:
            scopes.append("onvif://www.onvif.org/MacAddress/" + self.args.mac)
        return scopes + (self.args.scope or [])

    def service_address(self, path):
        host = "0.0.0.0" if self.args.announce_zero else self.args.http_address
        return f"http://{host}:{self.http_port}{path}"

    # --- authentication -------------------------------------------------------------------------------------------

    def token_accepted(self, root):
        token = find_local(root, "UsernameToken")
        if token is None:
            return False, "no UsernameToken"
        username, password = text_of(token, "Username"), find_local(token, "Password")
        nonce, created = text_of(token, "Nonce"), text_of(token, "Created")
        if username != self.args.user or password is None or not nonce or not created:
            return False, "unknown user or incomplete token"
        try:
            created_at = datetime.datetime.fromisoformat(created.replace("Z", "+00:00"))
            raw_nonce = base64.b64decode(nonce)
        except ValueError:
            return False, "unreadable Created or Nonce"
        skew = abs((created_at - self.now()).total_seconds())
        if skew > self.args.created_window:
            return False, f"Created {skew:.0f} s away from the device clock"
        expected = base64.b64encode(hashlib.sha1(raw_nonce + created.encode() + self.args.password.encode())
                                    .digest()).decode()
        if (password.text or "").strip() != expected:
            return False, "wrong PasswordDigest"
        return True, "ok"

    def digest_challenge(self):
        nonce = secrets.token_hex(16)
        self.digest_nonces.add(nonce)
        return f'Digest realm="{DIGEST_REALM}", qop="auth", nonce="{nonce}", algorithm=MD5'

    def digest_accepted(self, header, method):
        if not header or not header.startswith("Digest "):
            return False
        fields = dict((k.strip(), v.strip().strip('"')) for k, v in
                      (part.split("=", 1) for part in split_header(header[len("Digest "):]) if "=" in part))
        if fields.get("username") != self.args.user or fields.get("nonce") not in self.digest_nonces:
            return False
        md5 = lambda s: hashlib.md5(s.encode()).hexdigest()  # noqa: E731
        ha1 = md5(f"{self.args.user}:{DIGEST_REALM}:{self.args.password}")
        ha2 = md5(f"{method}:{fields.get('uri', '')}")
        if fields.get("qop"):
            expected = md5(f"{ha1}:{fields['nonce']}:{fields.get('nc', '')}:{fields.get('cnonce', '')}:"
                           f"{fields['qop']}:{ha2}")
        else:
            expected = md5(f"{ha1}:{fields['nonce']}:{ha2}")
        return secrets.compare_digest(expected, fields.get("response", ""))

    # --- operations -----------------------------------------------------------------------------------------------

    def answer(self, path, operation, request_body):
        # PTZ operations exist on the PTZ service only, as on a device that routes by service path
        on_ptz = path == SERVICES["ptz"][1]
        handler = getattr(self, ("ptz_" if on_ptz else "op_") + operation, None)
        if handler is None:
            return 500, fault("Receiver", "ActionNotSupported", "Optional Action Not Implemented")
        return 200, envelope(handler(request_body))

    def op_GetSystemDateAndTime(self, _body):
        now = self.now()
        return ("<tds:GetSystemDateAndTimeResponse><tds:SystemDateAndTime><tt:DateTimeType>Manual</tt:DateTimeType>"
                "<tt:DaylightSavings>false</tt:DaylightSavings><tt:TimeZone><tt:TZ>UTC0</tt:TZ></tt:TimeZone>"
                f"<tt:UTCDateTime><tt:Time><tt:Hour>{now.hour}</tt:Hour><tt:Minute>{now.minute}</tt:Minute>"
                f"<tt:Second>{now.second}</tt:Second></tt:Time><tt:Date><tt:Year>{now.year}</tt:Year>"
                f"<tt:Month>{now.month}</tt:Month><tt:Day>{now.day}</tt:Day></tt:Date></tt:UTCDateTime>"
                "</tds:SystemDateAndTime></tds:GetSystemDateAndTimeResponse>")

    def op_GetDeviceInformation(self, _body):
        a = self.args
        return (f"<tds:GetDeviceInformationResponse><tds:Manufacturer>{escape(a.manufacturer)}</tds:Manufacturer>"
                f"<tds:Model>{escape(a.model)}</tds:Model><tds:FirmwareVersion>{escape(a.firmware)}"
                f"</tds:FirmwareVersion><tds:SerialNumber>{escape(a.serial)}</tds:SerialNumber>"
                f"<tds:HardwareId>{escape(a.hardware_id)}</tds:HardwareId></tds:GetDeviceInformationResponse>")

    def op_GetServices(self, _body):
        if self.args.legacy_services:
            raise NotSupported()
        service = lambda ns, path, capabilities="": (  # noqa: E731
            f"<tds:Service><tds:Namespace>{ns}</tds:Namespace><tds:XAddr>{self.service_address(path)}</tds:XAddr>"
            f"{capabilities}<tds:Version><tt:Major>2</tt:Major><tt:Minor>60</tt:Minor></tds:Version></tds:Service>")
        services = [service(TDS, "/onvif/device_service"), service(TRT, "/onvif/media_service")]
        services += [service(ns, path) for name, (ns, path) in SERVICES.items() if name in self.capabilities]
        if self.audio_sources() or self.audio_outputs():
            services.append(service(*DEVICE_IO, '<tds:Capabilities><tmd:Capabilities '
                                    'xmlns:tmd="http://www.onvif.org/ver10/deviceIO/wsdl" VideoSources="1" '
                                    f'AudioSources="{self.audio_sources()}" AudioOutputs="{self.audio_outputs()}" '
                                    'RelayOutputs="0"/></tds:Capabilities>'))
        return "<tds:GetServicesResponse>" + "".join(services) + "</tds:GetServicesResponse>"

    def audio_sources(self):
        return 1 if "audio-in" in self.capabilities else 0

    def audio_outputs(self):
        return 1 if "audio-out" in self.capabilities else 0

    def op_GetCapabilities(self, _body):
        snapshot = "false" if self.args.no_snapshot else "true"
        xaddr = lambda name: f"<tt:XAddr>{self.service_address(SERVICES[name][1])}</tt:XAddr>"  # noqa: E731
        has = self.capabilities.__contains__
        extension = (f"<tt:DeviceIO>{xaddr_of(self.service_address(DEVICE_IO[1]))}<tt:VideoSources>1"
                     f"</tt:VideoSources><tt:VideoOutputs>0</tt:VideoOutputs><tt:AudioSources>{self.audio_sources()}"
                     f"</tt:AudioSources><tt:AudioOutputs>{self.audio_outputs()}</tt:AudioOutputs><tt:RelayOutputs>0"
                     "</tt:RelayOutputs></tt:DeviceIO>"
                     + (f"<tt:Recording>{xaddr('recording')}<tt:ReceiverSource>false</tt:ReceiverSource>"
                        "<tt:MediaProfileSource>true</tt:MediaProfileSource><tt:DynamicRecordings>false"
                        "</tt:DynamicRecordings><tt:DynamicTracks>false</tt:DynamicTracks><tt:MaxStringLength>64"
                        "</tt:MaxStringLength></tt:Recording>" if has("recording") else ""))
        return ("<tds:GetCapabilitiesResponse><tds:Capabilities>"
                + (f"<tt:Analytics>{xaddr('analytics')}<tt:RuleSupport>true</tt:RuleSupport>"
                   "<tt:AnalyticsModuleSupport>true</tt:AnalyticsModuleSupport></tt:Analytics>"
                   if has("analytics") else "")
                + f"<tt:Device><tt:XAddr>{self.service_address('/onvif/device_service')}</tt:XAddr></tt:Device>"
                + (f"<tt:Events>{xaddr('events')}<tt:WSSubscriptionPolicySupport>true</tt:WSSubscriptionPolicySupport>"
                   "<tt:WSPullPointSupport>true</tt:WSPullPointSupport>"
                   "<tt:WSPausableSubscriptionManagerInterfaceSupport>false"
                   "</tt:WSPausableSubscriptionManagerInterfaceSupport></tt:Events>" if has("events") else "")
                + (f"<tt:Imaging>{xaddr('imaging')}</tt:Imaging>" if has("imaging") else "")
                + f"<tt:Media><tt:XAddr>{self.service_address('/onvif/media_service')}</tt:XAddr>"
                "<tt:StreamingCapabilities><tt:RTPMulticast>false</tt:RTPMulticast><tt:RTP_TCP>true</tt:RTP_TCP>"
                "<tt:RTP_RTSP_TCP>true</tt:RTP_RTSP_TCP></tt:StreamingCapabilities>"
                f"<tt:Extension><tt:ProfileCapabilities><tt:MaximumNumberOfProfiles>{len(self.profiles)}"
                "</tt:MaximumNumberOfProfiles></tt:ProfileCapabilities></tt:Extension></tt:Media>"
                + (f"<tt:PTZ>{xaddr('ptz')}</tt:PTZ>" if has("ptz") else "")
                + f"<tt:Extension>{extension}<tt:SnapshotUri>{snapshot}</tt:SnapshotUri></tt:Extension>"
                "</tds:Capabilities></tds:GetCapabilitiesResponse>")

    def op_GetScopes(self, _body):
        return ("<tds:GetScopesResponse>" + "".join(
            f"<tds:Scopes><tt:ScopeDef>Fixed</tt:ScopeDef><tt:ScopeItem>{escape(s)}</tt:ScopeItem></tds:Scopes>"
            for s in self.scopes()) + "</tds:GetScopesResponse>")

    def op_GetHostname(self, _body):
        return ("<tds:GetHostnameResponse><tds:HostnameInformation><tt:FromDHCP>false</tt:FromDHCP>"
                f"<tt:Name>{escape(self.args.name)}</tt:Name></tds:HostnameInformation></tds:GetHostnameResponse>")

    def op_GetNetworkInterfaces(self, _body):
        return ('<tds:GetNetworkInterfacesResponse><tds:NetworkInterfaces token="eth0"><tt:Enabled>true</tt:Enabled>'
                f"<tt:Info><tt:Name>eth0</tt:Name><tt:HwAddress>{self.args.mac or '00:00:00:00:00:00'}</tt:HwAddress>"
                "<tt:MTU>1500</tt:MTU></tt:Info><tt:IPv4><tt:Enabled>true</tt:Enabled><tt:Config><tt:Manual>"
                f"<tt:Address>{self.args.http_address}</tt:Address><tt:PrefixLength>24</tt:PrefixLength></tt:Manual>"
                "<tt:DHCP>false</tt:DHCP></tt:Config></tt:IPv4></tds:NetworkInterfaces>"
                "</tds:GetNetworkInterfacesResponse>")

    def op_GetProfiles(self, _body):
        depth, padding = self.args.deep_reply, self.args.huge_reply
        hostile = "<tt:Extension>" * depth + "</tt:Extension>" * depth + (f"<!--{'x' * padding}-->" if padding else "")
        return ("<trt:GetProfilesResponse>" + "".join(p.xml(self.ptz is not None) for p in self.profiles) + hostile
                + "</trt:GetProfilesResponse>")

    def op_GetProfile(self, body):
        return "<trt:GetProfileResponse>" + self.profile(body).xml(self.ptz is not None).replace("trt:Profiles", "trt:Profile") \
            + "</trt:GetProfileResponse>"

    def op_GetVideoSources(self, _body):
        main = self.profiles[0]
        return ('<trt:GetVideoSourcesResponse><trt:VideoSources token="video_source">'
                f"<tt:Framerate>{main.fps}</tt:Framerate><tt:Resolution><tt:Width>{main.width}</tt:Width>"
                f"<tt:Height>{main.height}</tt:Height></tt:Resolution></trt:VideoSources>"
                "</trt:GetVideoSourcesResponse>")

    def op_GetStreamUri(self, body):
        profile = self.profile(body)
        return (f"<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>{escape(profile.uri)}</tt:Uri>"
                "<tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>false"
                "</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout></trt:MediaUri></trt:GetStreamUriResponse>")

    def op_GetSnapshotUri(self, body):
        if self.args.no_snapshot:
            raise NotSupported()
        self.profile(body)
        return (f"<trt:GetSnapshotUriResponse><trt:MediaUri><tt:Uri>{escape(self.args.snapshot_uri)}</tt:Uri>"
                "<tt:InvalidAfterConnect>false</tt:InvalidAfterConnect><tt:InvalidAfterReboot>false"
                "</tt:InvalidAfterReboot><tt:Timeout>PT0S</tt:Timeout></trt:MediaUri></trt:GetSnapshotUriResponse>")

    # --- PTZ (ver20/ptz/wsdl) -------------------------------------------------------------------------------------

    def ptz_GetNodes(self, _body):
        return ('<tptz:GetNodesResponse><tptz:PTZNode token="ptz_node" FixedHomePosition="false">'
                '<tt:Name>PTZ</tt:Name><tt:SupportedPTZSpaces><tt:ContinuousPanTiltVelocitySpace><tt:URI>'
                'http://www.onvif.org/ver10/tptz/PanTiltSpaces/VelocityGenericSpace</tt:URI><tt:XRange><tt:Min>-1'
                '</tt:Min><tt:Max>1</tt:Max></tt:XRange><tt:YRange><tt:Min>-1</tt:Min><tt:Max>1</tt:Max></tt:YRange>'
                '</tt:ContinuousPanTiltVelocitySpace></tt:SupportedPTZSpaces>'
                f'<tt:MaximumNumberOfPresets>{max(1, len(self.ptz.presets))}</tt:MaximumNumberOfPresets>'
                '<tt:HomeSupported>true</tt:HomeSupported></tptz:PTZNode></tptz:GetNodesResponse>')

    def ptz_GetConfigurations(self, _body):
        return ("<tptz:GetConfigurationsResponse>" + PTZ_CONFIGURATION.replace("tt:PTZConfiguration",
                                                                              "tptz:PTZConfiguration")
                + "</tptz:GetConfigurationsResponse>")

    def ptz_ContinuousMove(self, body):
        self.profile(body)
        velocity = find_local(body, "Velocity")
        pan_tilt, zoom = find_local(velocity, "PanTilt"), find_local(velocity, "Zoom")
        try:
            pan = float(pan_tilt.get("x", 0)) if pan_tilt is not None else 0.0
            tilt = float(pan_tilt.get("y", 0)) if pan_tilt is not None else 0.0
            zoom_speed = float(zoom.get("x", 0)) if zoom is not None else 0.0
        except ValueError:
            raise InvalidArgument("InvalidVelocity")
        if any(abs(v) > 1 for v in (pan, tilt, zoom_speed)):
            raise InvalidArgument("InvalidVelocity")
        timeout_text = text_of(body, "Timeout")
        timeout = DEFAULT_PTZ_TIMEOUT if timeout_text is None else seconds_of(timeout_text)
        if timeout is None:
            raise InvalidArgument("InvalidVelocity")
        self.ptz.record({"operation": "ContinuousMove", "pan": pan, "tilt": tilt, "zoom": zoom_speed,
                         "timeout": timeout_text})
        self.ptz.move([pan, tilt, zoom_speed], timeout)
        return "<tptz:ContinuousMoveResponse/>"

    def ptz_Stop(self, body):
        self.profile(body)
        pan_tilt = (text_of(body, "PanTilt") or "true") == "true"
        zoom = (text_of(body, "Zoom") or "true") == "true"
        self.ptz.record({"operation": "Stop", "panTilt": pan_tilt, "zoom": zoom})
        self.ptz.stop(pan_tilt, zoom)
        return "<tptz:StopResponse/>"

    def ptz_GetPresets(self, body):
        self.profile(body)
        self.ptz.record({"operation": "GetPresets"})
        presets = "".join(
            f'<tptz:Preset token="{escape(token)}"><tt:Name>{escape(name)}</tt:Name><tt:PTZPosition>'
            f'<tt:PanTilt x="{pan}" y="{tilt}"/><tt:Zoom x="{zoom}"/></tt:PTZPosition></tptz:Preset>'
            for token, (name, (pan, tilt, zoom)) in self.ptz.presets.items())
        return f"<tptz:GetPresetsResponse>{presets}</tptz:GetPresetsResponse>"

    def ptz_GotoPreset(self, body):
        self.profile(body)
        token = text_of(body, "PresetToken")
        self.ptz.record({"operation": "GotoPreset", "preset": token})
        if token not in self.ptz.presets:
            raise InvalidArgument("NoToken")
        self.ptz.go_to(self.ptz.presets[token][1])
        return "<tptz:GotoPresetResponse/>"

    def ptz_GotoHomePosition(self, body):
        self.profile(body)
        self.ptz.record({"operation": "GotoHomePosition"})
        self.ptz.go_to((0.0, 0.0, 0.0))
        return "<tptz:GotoHomePositionResponse/>"

    def ptz_GetStatus(self, body):
        self.profile(body)
        state = self.ptz.state()
        moving = "MOVING" if state["moving"] else "IDLE"
        return (f'<tptz:GetStatusResponse><tptz:PTZStatus><tt:Position><tt:PanTilt x="{state["pan"]}" '
                f'y="{state["tilt"]}"/><tt:Zoom x="{state["zoom"]}"/></tt:Position><tt:MoveStatus><tt:PanTilt>'
                f'{moving}</tt:PanTilt><tt:Zoom>{moving}</tt:Zoom></tt:MoveStatus><tt:UtcTime>'
                f'{self.now().strftime("%Y-%m-%dT%H:%M:%SZ")}</tt:UtcTime></tptz:PTZStatus></tptz:GetStatusResponse>')

    def profile(self, body):
        token = text_of(body, "ProfileToken")
        for profile in self.profiles:
            if profile.token == token:
                return profile
        raise NoProfile()

    # --- WS-Discovery ---------------------------------------------------------------------------------------------

    def probe_match(self, probe_message_id, types_requested):
        if types_requested and not any(t.rsplit(":", 1)[-1] in PROBE_TYPES for t in types_requested.split()):
            return None
        header = (f'<a:MessageID>urn:uuid:{uuid.uuid4()}</a:MessageID><a:RelatesTo>{escape(probe_message_id)}'
                  '</a:RelatesTo><a:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:To>'
                  '<a:Action>http://schemas.xmlsoap.org/ws/2005/04/discovery/ProbeMatches</a:Action>')
        body = (f"<d:ProbeMatches><d:ProbeMatch><a:EndpointReference><a:Address>{self.endpoint}</a:Address>"
                "</a:EndpointReference><d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>"
                f"<d:Scopes>{escape(' '.join(self.scopes()))}</d:Scopes>"
                f"<d:XAddrs>{escape(' '.join(self.args.xaddr or [self.service_address('/onvif/device_service')]))}"
                "</d:XAddrs>"
                "<d:MetadataVersion>1</d:MetadataVersion></d:ProbeMatch></d:ProbeMatches>")
        return envelope(body, header, f' xmlns:a="{WSA}" xmlns:d="{WSD}" '
                                      'xmlns:dn="http://www.onvif.org/ver10/network/wsdl"')


class NotSupported(Exception):
    pass


class NoProfile(Exception):
    pass


class InvalidArgument(Exception):
    """env:Sender/ter:InvalidArgVal with the PTZ WSDL's subcode, e.g. NoToken."""


def xaddr_of(address):
    return f"<tt:XAddr>{address}</tt:XAddr>"


def preset(spec):
    """token,name,pan,tilt,zoom"""
    token, name, pan, tilt, zoom = spec.split(",", 4)
    return token, name, (float(pan), float(tilt), float(zoom))


def split_header(value):
    """Splits a Digest header at commas outside quotes."""
    parts, current, quoted = [], "", False
    for c in value:
        if c == '"':
            quoted = not quoted
        if c == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += c
    return parts + [current]


def soap_handler(device):
    class Handler(http.server.BaseHTTPRequestHandler):
        server_version = "ONVIF-Simulator/1.0"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):
            log("http " + (fmt % args))

        def send(self, status, body, extra_headers=()):
            self.send_response(status)
            self.send_header("Content-Type", "application/soap+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for name, value in extra_headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            if self.path == "/sim/state" and device.ptz:
                state = json.dumps(device.ptz.state()).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(state)))
                self.end_headers()
                self.wfile.write(state)
                return
            self.send(405, b"", [("Allow", "POST")])

        def do_POST(self):
            raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if device.args.redirect_to:
                log(f"soap -> 302 {device.args.redirect_to}")
                self.send(302, b"", [("Location", device.args.redirect_to)])
                return
            path = self.path.split("?")[0]
            if path not in device.paths():
                self.send(404, b"")
                return
            try:
                root = ET.fromstring(raw)
            except ET.ParseError:
                self.send(400, fault("Sender", "WellFormed", "Well-formed Error"))
                return
            body = find_local(root, "Body")
            request = next(iter(body), None) if body is not None else None
            if request is None:
                self.send(400, fault("Sender", "MissingAttr", "Empty body"))
                return
            operation = local(request.tag)
            if operation not in PRE_AUTH and not self.authorised(root, operation):
                return
            try:
                status, reply = device.answer(path, operation, request)
            except NotSupported:
                status, reply = 500, fault("Receiver", "ActionNotSupported", "Optional Action Not Implemented")
            except NoProfile:
                status, reply = 400, fault("Sender", "InvalidArgVal", "No such profile", "NoProfile")
            except InvalidArgument as invalid:
                status, reply = 400, fault("Sender", "InvalidArgVal", "Invalid argument", str(invalid))
            log(f"soap {operation} -> {status}")
            self.send(status, reply)

        def authorised(self, root, operation):
            if device.args.http_digest:
                if device.digest_accepted(self.headers.get("Authorization"), "POST"):
                    return True
                log(f"soap {operation} -> 401 (HTTP Digest missing or wrong)")
                self.send(401, b"", [("WWW-Authenticate", device.digest_challenge())])
                return False
            accepted, why = device.token_accepted(root)
            if not accepted:
                log(f"soap {operation} -> 400 NotAuthorized ({why})")
                self.send(400, fault("Sender", "NotAuthorized", "Sender not Authorized"))
            return accepted

    return Handler


def interface_of(address):
    """The name of the interface holding the IPv4 address, from `ip -o -4 addr` ("5: cam20    inet 198.18.0.20/24 ...")."""
    listing = subprocess.run(["ip", "-o", "-4", "addr", "show"], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) > 3 and fields[3].split("/")[0] == address:
            return fields[1]
    raise SystemExit(f"no interface holds {address}")


def discovery_sockets(device, args):
    unicast = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    unicast.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    unicast.bind((args.discovery_address, args.discovery_port))
    multicast = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    multicast.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    multicast.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    # Without this Linux delivers group traffic from every interface any socket joined on, not only ours.
    multicast.setsockopt(socket.IPPROTO_IP, IP_MULTICAST_ALL, 0)
    # Several devices on one host (a test subnet of macvlans) each bind the group's port: bound to its own interface
    # each socket gets that interface's copy of a probe; unbound, SO_REUSEPORT hands every copy to one of them.
    multicast.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, interface_of(args.discovery_address).encode())
    multicast.bind((MULTICAST_GROUP, DISCOVERY_PORT))
    membership = struct.pack("4s4s", socket.inet_aton(MULTICAST_GROUP), socket.inet_aton(args.discovery_address))
    multicast.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
    return unicast, multicast


def serve_discovery(device, receiver, sender, delayed):
    while True:
        data, peer = receiver.recvfrom(65535)
        try:
            root = ET.fromstring(data)
        except ET.ParseError:
            continue  # multicast errors are ignored silently [S7]
        if find_local(root, "Probe") is None:
            continue
        message_id = text_of(root, "MessageID")
        reply = device.probe_match(message_id or "", text_of(root, "Types") or "")
        log(f"discovery probe from {peer[0]}:{peer[1]} ({'multicast' if delayed else 'unicast'}) "
            f"-> {'match' if reply else 'no match'}")
        if reply is None:
            continue
        delay = random.uniform(0, device.args.max_delay_ms / 1000.0) if delayed else 0
        threading.Timer(delay, sender.sendto, (reply, peer)).start()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--http-address", default="127.0.0.1")
    parser.add_argument("--http-port", type=int, default=0)
    parser.add_argument("--discovery-address", default=None, help="defaults to --http-address; no discovery if 'off'")
    parser.add_argument("--discovery-port", type=int, default=DISCOVERY_PORT)
    parser.add_argument("--max-delay-ms", type=int, default=500)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default="admin")
    parser.add_argument("--clock-offset", type=float, default=0, help="seconds the device clock is ahead")
    parser.add_argument("--created-window", type=float, default=30, help="seconds a Created may be off")
    parser.add_argument("--http-digest", action="store_true")
    parser.add_argument("--no-snapshot", action="store_true")
    parser.add_argument("--announce-zero", action="store_true")
    parser.add_argument("--capabilities", default=ALL_CAPABILITIES,
                        help="comma-separated: what GetServices/GetCapabilities advertise; no ptz = no PTZ service")
    parser.add_argument("--legacy-services", action="store_true", help="GetServices not supported (old firmware)")
    parser.add_argument("--preset", action="append", help="PTZ preset token,name,pan,tilt,zoom")
    parser.add_argument("--uuid")
    parser.add_argument("--manufacturer", default="OhmVision")
    parser.add_argument("--model", default="SIM-1000")
    parser.add_argument("--firmware", default="1.0.0")
    parser.add_argument("--serial", default="SIM0001")
    parser.add_argument("--hardware-id", default="sim-hw-1")
    parser.add_argument("--name", default="ONVIF Simulator")
    parser.add_argument("--mac")
    parser.add_argument("--scope", action="append")
    parser.add_argument("--profile", action="append", help="token,name,encoding,width,height,fps,rtsp-uri")
    parser.add_argument("--profile-source", action="append",
                        help="PROFILE_TOKEN=VIDEO_SOURCE_TOKEN (default video_source): profiles of an NVR's channels")
    parser.add_argument("--snapshot-uri", default="http://127.0.0.1/snapshot.jpg")
    parser.add_argument("--xaddr", action="append", help="hostile: XAddrs announced instead of the device's own")
    parser.add_argument("--redirect-to", help="hostile: every SOAP request is answered 302 to this URL")
    parser.add_argument("--deep-reply", type=int, default=0, help="hostile: elements nested in GetProfiles")
    parser.add_argument("--huge-reply", type=int, default=0, help="hostile: bytes of comment in GetProfiles")
    args = parser.parse_args()
    if not args.profile:
        args.profile = [f"main,mainStream,H264,640,360,25,rtsp://{args.http_address}:554/main",
                        f"sub,subStream,H264,320,180,10,rtsp://{args.http_address}:554/sub"]
    if args.preset is None:
        args.preset = ["1,Entrance,0.5,0.2,0.1", "2,Car park,-0.4,-0.1,0.5"]
    args.discovery_address = args.discovery_address or args.http_address

    device = Device(args)
    httpd = http.server.ThreadingHTTPServer((args.http_address, args.http_port), soap_handler(device))
    device.http_port = httpd.server_address[1]
    discovery_port = 0
    if args.discovery_address != "off":
        unicast, multicast = discovery_sockets(device, args)
        discovery_port = unicast.getsockname()[1]
        threading.Thread(target=serve_discovery, args=(device, unicast, unicast, False), daemon=True).start()
        threading.Thread(target=serve_discovery, args=(device, multicast, unicast, True), daemon=True).start()
    print(f"READY http={device.http_port} discovery={discovery_port} endpoint={device.endpoint}", flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
