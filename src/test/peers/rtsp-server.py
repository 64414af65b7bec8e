#!/usr/bin/python3
"""Real RTSP test peer: GStreamer's RTSP server with Digest auth on loopback.

Serves /main (H.264 640x360@25) and /sub (H.264 320x180@10), /still (H.264 640x360@25 of a picture that never
changes, for frozen-picture tests), plus optional /ch1../chN (H.264 320x180@5) for NVR tests, and optional aliases
PATH=main|sub|still that serve the same streams under vendor paths (for example /Streaming/Channels/101=main), so
that catalogue templates can be tested against a real server. Prints "READY <port>" once it listens. Run with
/usr/bin/python3: it needs python3-gi, gir1.2-gst-rtsp-server-1.0
and gstreamer1.0-plugins-base/-good/-ugly.

Listens on 127.0.0.1, or on the address in the environment variable RTSP_BIND_ADDRESS. With RTSP_ALIASES_ONLY=1
only the aliases are served (each with its own pipeline), as a camera of one maker would. With RTSP_LIGHT=1 only
/main is served, as H.264 160x90@5: for capacity benchmarks, where the peers' live encoders would otherwise take the
CPU that the checks are meant to measure.

USER "-" serves without authentication, as relays of cloud cameras do (their URLs carry a token in the query).

usage: rtsp-server.py PORT USER PASSWORD [EXTRA_CHANNELS [ALIAS_PATH=main|sub|still ...]]
"""
import os
import sys
import threading

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtsp", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtsp, GstRtspServer  # noqa: E402

ROLE = "viewer"


def h264_pipeline(width, height, fps, source="videotestsrc is-live=true pattern=ball"):
    # is-live so every client sees a running clock; one key frame per second keeps ffprobe's wait short
    return ("( {s} ! video/x-raw,width={w},height={h},framerate={f}/1 "
            "! x264enc tune=zerolatency speed-preset=ultrafast key-int-max={f} bitrate=300 "
            "! rtph264pay name=pay0 pt=96 config-interval=1 )").format(w=width, h=height, f=fps, s=source)


def shared_factory(launch):
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(launch)
    # Shared media keep one pipeline for all clients; without it back-to-back DESCRIBEs can hit a pipeline that is
    # still tearing down and get 503 (GStreamer 1.22).
    factory.set_shared(True)
    factory.set_protocols(GstRtsp.RTSPLowerTrans.TCP)
    factory.add_role_from_structure(Gst.Structure.new_from_string(
        ROLE + ", media.factory.access=(boolean)true, media.factory.construct=(boolean)true"))
    return factory


def keep_prepared(factory, port, path):
    # A shared medium is unprepared when its last client leaves, and a DESCRIBE racing that teardown gets 503.
    # Preparing it once more here (the factory caches shared media by port and path) keeps it running.
    url = GstRtsp.RTSPUrl.parse("rtsp://127.0.0.1:%s%s" % (port, path))[1]
    media = factory.construct(url)
    return media if media.prepare(None) else None


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    port, user, password = sys.argv[1], sys.argv[2], sys.argv[3]
    extra_channels = int(sys.argv[4]) if len(sys.argv) > 4 else 0
    Gst.init(None)

    server = GstRtspServer.RTSPServer()
    # loopback unless the test runs the server inside a network namespace of its own
    server.set_address(os.environ.get("RTSP_BIND_ADDRESS", "127.0.0.1"))
    server.set_service(port)

    if user != "-":
        auth = GstRtspServer.RTSPAuth()
        token = GstRtspServer.RTSPToken()
        token.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, ROLE)
        auth.add_digest(user, password, token)
        auth.set_supported_methods(GstRtsp.RTSPAuthMethod.DIGEST)
        server.set_auth(auth)

    paths = {"/main": h264_pipeline(640, 360, 25), "/sub": h264_pipeline(320, 180, 10),
             # one picture repeated: a camera stuck on a frame while its stream keeps running
             # (videotestsrc's smpte pattern alone is not still: decoded frames differ by several luma levels)
             "/still": h264_pipeline(640, 360, 25,
                                     "videotestsrc num-buffers=1 pattern=smpte ! imagefreeze is-live=true")}
    for channel in range(1, extra_channels + 1):
        paths["/ch%d" % channel] = h264_pipeline(320, 180, 5)
    aliases = {}
    for alias in sys.argv[5:]:
        alias_path, target = alias.split("=", 1)
        aliases[alias_path] = paths["/" + target]
    # a camera of one maker serves its own paths only: no /main beside its /Streaming/Channels/101
    paths = aliases if os.environ.get("RTSP_ALIASES_ONLY") == "1" else {**paths, **aliases}
    if os.environ.get("RTSP_LIGHT") == "1":
        paths = {"/main": h264_pipeline(160, 90, 5)}
    mounts = server.get_mount_points()
    factories = {}
    for path, launch in paths.items():
        factories[path] = shared_factory(launch)
        mounts.add_factory(path, factories[path])

    if server.attach(None) == 0:
        sys.exit("cannot listen on port " + port)
    loop = GLib.MainLoop()
    kept = []

    def prepare_all_then_announce():
        # prepare() waits for the pipeline to preroll, which needs the main loop running: hence this thread
        for path, factory in factories.items():
            media = keep_prepared(factory, port, path)
            if media is None:
                print("cannot prepare " + path, file=sys.stderr, flush=True)
                GLib.idle_add(loop.quit)  # the caller sees the process end without READY
                return
            kept.append(media)
        print("READY " + port, flush=True)

    threading.Thread(target=prepare_all_then_announce, daemon=True).start()
    loop.run()


if __name__ == "__main__":
    main()
