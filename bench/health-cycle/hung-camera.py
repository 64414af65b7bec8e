#!/usr/bin/python3
"""A hung camera: accepts TCP connections on loopback and never answers, so every check of it runs into its
deadline and holds a check worker that long. usage: hung-camera.py PORT (prints READY PORT when listening)"""
import socket
import sys

port = int(sys.argv[1])
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(4096)
print("READY", port, flush=True)
held = []
while True:
    connection, _ = server.accept()
    held.append(connection)  # kept open and silent; the client gives up at its deadline
    held[:] = [c for c in held if c.fileno() != -1][-8192:]
