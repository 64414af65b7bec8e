#!/usr/bin/python3
"""Real WHEP test peer: GStreamer's webrtcbin answering WHEP offers behind a small HTTP handler.

POST /whep with an SDP offer (application/sdp) builds one GStreamer pipeline per session (videotestsrc ! x264enc !
rtph264pay and audiotestsrc ! opusenc ! rtpopuspay, both into a webrtcbin), lets webrtcbin answer the offer, waits
for ICE gathering to complete and replies 201 Created with Location /whep/<session-id> and the answer.
DELETE /whep/<session-id> tears the session down (204). GET /stats tells "created N deleted M active K" so that
tests can check that a probe freed its session. With a TOKEN, POST and DELETE need "Authorization: Bearer TOKEN".

libnice leaves loopback addresses out of its candidates, so run this on a real interface (the tests use a veth in
a network namespace). Prints "READY <port>" once it listens. Run with /usr/bin/python3: it needs python3-gi,
gir1.2-gst-plugins-bad-1.0, gstreamer1.0-plugins-bad, gstreamer1.0-nice and gstreamer1.0-plugins-base/-good/-ugly.

usage: whep-server.py ADDRESS PORT [TOKEN]
"""
import http.server
import random
import sys
import threading
import uuid

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstSdp", "1.0")
gi.require_version("GstWebRTC", "1.0")
from gi.repository import GLib, Gst, GstSdp, GstWebRTC  # noqa: E402

GATHERING_SECONDS = 10
CAPS_SECONDS = 10
# The caps carry the SSRC so that webrtcbin writes a=ssrc lines into its answer.
PIPELINE = (
    "webrtcbin name=webrtc bundle-policy=max-bundle "
    "videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=180,framerate=15/1 "
    "! x264enc tune=zerolatency speed-preset=ultrafast key-int-max=15 bitrate=200 "
    "! rtph264pay name=videopay config-interval=1 pt=102 "
    "! application/x-rtp,media=video,encoding-name=H264,clock-rate=90000,payload=102,ssrc=(uint){video_ssrc} "
    "! webrtc. "
    "audiotestsrc is-live=true wave=silence ! audioconvert ! audioresample ! opusenc ! rtpopuspay pt=111 "
    "! application/x-rtp,media=audio,encoding-name=OPUS,clock-rate=48000,payload=111,ssrc=(uint){audio_ssrc} "
    "! webrtc.")


def log(*words):
    print(*words, file=sys.stderr, flush=True)


class Session:
    """One WHEP viewer: its own pipeline and webrtcbin."""

    def __init__(self):
        self.pipeline = Gst.parse_launch(PIPELINE.format(video_ssrc=random.randint(1, 2**31),
                                                         audio_ssrc=random.randint(1, 2**31)))
        self.webrtc = self.pipeline.get_by_name("webrtc")
        self.gathered = threading.Event()
        self.webrtc.connect("notify::ice-gathering-state", self._on_gathering_state)
        # The answer carries sprop-parameter-sets (so the size) only once the encoder has produced its SPS.
        self.encoding = threading.Event()
        self.pipeline.get_by_name("videopay").get_static_pad("src").connect("notify::caps", self._on_video_caps)

    def _on_video_caps(self, pad, _spec):
        caps = pad.get_current_caps()
        if caps is not None and caps.get_structure(0).has_field("sprop-parameter-sets"):
            self.encoding.set()

    def _on_gathering_state(self, webrtc, _spec):
        if webrtc.get_property("ice-gathering-state") == GstWebRTC.WebRTCICEGatheringState.COMPLETE:
            self.gathered.set()

    def answer(self, offer_text):
        """The SDP answer to an offer, with every candidate in it (no trickle); None when the offer is unusable."""
        result, offer = GstSdp.SDPMessage.new_from_text(offer_text)
        if result != GstSdp.SDPResult.OK or offer.medias_len() == 0:
            return None
        self.pipeline.set_state(Gst.State.PLAYING)
        if not self.encoding.wait(CAPS_SECONDS):
            log("no H.264 parameter sets yet; the answer will not tell the picture size")
        self._emit("set-remote-description",
                   GstWebRTC.WebRTCSessionDescription.new(GstWebRTC.WebRTCSDPType.OFFER, offer))
        reply = self._emit("create-answer", None)
        if reply is None or not reply.has_field("answer"):
            return None
        answer = reply.get_value("answer")
        self._emit("set-local-description", answer)
        if not self.gathered.wait(GATHERING_SECONDS):
            log("ICE gathering did not complete")
        return self.webrtc.get_property("local-description").sdp.as_text()

    def _emit(self, signal, argument):
        promise = Gst.Promise.new()
        self.webrtc.emit(signal, argument, promise)
        promise.wait()
        return promise.get_reply()

    def close(self):
        self.pipeline.set_state(Gst.State.NULL)


class Sessions:
    def __init__(self):
        self.lock = threading.Lock()
        self.active = {}
        self.created = 0
        self.deleted = 0

    def add(self, session):
        session_id = uuid.uuid4().hex
        with self.lock:
            self.active[session_id] = session
            self.created += 1
        return session_id

    def remove(self, session_id):
        with self.lock:
            session = self.active.pop(session_id, None)
            if session is not None:
                self.deleted += 1
        if session is not None:
            session.close()
        return session is not None

    def stats(self):
        with self.lock:
            return "created {} deleted {} active {}".format(self.created, self.deleted, len(self.active))


SESSIONS = Sessions()


class WhepHandler(http.server.BaseHTTPRequestHandler):
    token = None

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path != "/whep":
            return self._reply(404)
        if not self._authorized():
            return self._reply(401, headers={"WWW-Authenticate": 'Bearer realm="whep-test"'})
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/sdp":
            return self._reply(415)
        session = Session()
        answer = session.answer(body.decode("utf-8", "replace"))
        if answer is None:
            session.close()
            return self._reply(400)
        session_id = SESSIONS.add(session)
        log("CREATED", session_id)
        self._reply(201, answer.encode("utf-8"), {"Content-Type": "application/sdp",
                                                  "Location": "/whep/" + session_id})

    def do_DELETE(self):
        prefix = "/whep/"
        if not self.path.startswith(prefix):
            return self._reply(404)
        if not self._authorized():
            return self._reply(401, headers={"WWW-Authenticate": 'Bearer realm="whep-test"'})
        session_id = self.path[len(prefix):]
        if SESSIONS.remove(session_id):
            log("DELETED", session_id)
            return self._reply(204)
        self._reply(404)

    def do_GET(self):
        if self.path != "/stats":
            return self._reply(404)
        self._reply(200, SESSIONS.stats().encode("ascii"), {"Content-Type": "text/plain"})

    def _authorized(self):
        return self.token is None or self.headers.get("Authorization") == "Bearer " + self.token

    def _reply(self, status, body=b"", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        log(fmt % args)


def main():
    address, port = sys.argv[1], int(sys.argv[2])
    WhepHandler.token = sys.argv[3] if len(sys.argv) > 3 else None
    Gst.init(None)
    threading.Thread(target=GLib.MainLoop().run, daemon=True).start()
    server = http.server.ThreadingHTTPServer((address, port), WhepHandler)
    print("READY", port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
